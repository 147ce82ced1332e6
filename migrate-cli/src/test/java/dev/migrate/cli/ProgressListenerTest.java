package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.MigrationStepInfo;
import dev.migrate.internal.command.Console;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {

    private static final MigrationStepInfo FIRST = new MigrationStepInfo(
            "aaaa", dev.migrate.Direction.UPGRADE, List.of(), List.of("aaaa"), "create account", "a.sql");
    private static final MigrationStepInfo SECOND =
            new MigrationStepInfo("bbbb", dev.migrate.Direction.UPGRADE, List.of("aaaa"), List.of("bbbb"), "", "b.sql");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void withoutATerminalEachStepIsOnePlainLineAsAlembicLogsIt() {
        run(new ProgressListener(console(false), false));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                INFO  [migrate.runtime] Running upgrade  -> aaaa, create account
                INFO  [migrate.runtime] Running upgrade aaaa -> bbbb
                """);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void onATerminalAProgressLineShowsRevisionNOfMAndIsErasedByTheNextLine() {
        run(new ProgressListener(console(false), true));
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown)
                .contains(
                        "revision 1 of 2, 0:00 elapsed\r\033[K"
                                + "INFO  [migrate.runtime] Running upgrade aaaa -> bbbb\nrevision 2 of 2, 0:00 elapsed\r\033[K");
        assertThat(shown).endsWith("\r\033[K");
    }

    @Test
    void quietShowsNothing() {
        run(new ProgressListener(console(true), true));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static void run(ProgressListener listener) {
        listener.runStarting(dev.migrate.Direction.UPGRADE, 2);
        listener.stepStarting(FIRST, 1, 2);
        listener.stepCompleted(FIRST, 1, 2, Duration.ofMillis(5));
        listener.stepStarting(SECOND, 2, 2);
        listener.stepCompleted(SECOND, 2, 2, Duration.ofMillis(5));
        listener.runFinished(dev.migrate.Direction.UPGRADE, 2, Duration.ofMillis(10), true);
    }

    private Console console(boolean quiet) {
        return new Console(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                quiet);
    }
}
