package dev.migrate.internal.runtime;

import dev.migrate.Migrate;
import dev.migrate.MigrationListener;
import dev.migrate.MigrationResult;
import dev.migrate.MigrationStepInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A separate JVM that upgrades one database, as one of many application instances would:
 * prints READY, waits for the start file, upgrades, and prints what it did.
 * Arguments: url user password location startFile.
 */
public final class UpgradeProcess {

    private UpgradeProcess() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        String location = args[3];
        Path startFile = Path.of(args[4]);
        AtomicBoolean waited = new AtomicBoolean();
        Migrate migrate = Migrate.configure()
                .url(url, user, password)
                .locations(location)
                .lockTimeout(Duration.ofSeconds(120))
                .listener(new MigrationListener() {
                    @Override
                    public void stepStarting(MigrationStepInfo step, int index, int total) {
                        System.out.println("STEP " + step.revision());
                        System.out.flush();
                    }

                    @Override
                    public void lockWaiting(String lockName, String holder) {
                        waited.set(true);
                        System.out.println("WAITING for " + lockName + (holder == null ? "" : " held by " + holder));
                    }
                })
                .load();
        System.out.println("READY");
        System.out.flush();
        while (!Files.exists(startFile)) {
            Thread.sleep(2);
        }
        MigrationResult result = migrate.upgrade("heads");
        System.out.println("APPLIED " + result.steps().size());
        System.out.println("WAITED " + waited.get());
        System.out.println("HEADS " + String.join(",", result.headsAfter()));
    }
}
