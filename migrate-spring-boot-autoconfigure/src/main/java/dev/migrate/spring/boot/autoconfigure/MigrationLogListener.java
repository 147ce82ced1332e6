package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Direction;
import dev.migrate.MigrationListener;
import dev.migrate.MigrationStepInfo;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs what the startup upgrade does under {@code dev.migrate}: each step as the CLI prints it,
 * and, when several instances start together, that this one waited for another's lock and for
 * how long, so that an operator reading one instance's log knows why its start was slow.
 */
class MigrationLogListener implements MigrationListener {

    private static final Log logger = LogFactory.getLog("dev.migrate");

    private final ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);

    @Override
    public void lockWaiting(String lockName, String holder) {
        this.waited.set(true);
        logger.info("Waiting for lock " + lockName + ((holder != null) ? " held by " + holder : "")
                + ": another instance is migrating this database");
    }

    @Override
    public void lockAcquired(String lockName, Duration waited) {
        if (this.waited.get()) {
            this.waited.remove();
            logger.info("Took lock " + lockName + " after waiting " + waited.toMillis()
                    + " ms; revisions the other instance applied are not run again");
        }
    }

    @Override
    public void stepStarting(MigrationStepInfo step, int index, int total) {
        logger.info(step.describe());
    }

    @Override
    public void runFinished(Direction direction, int applied, Duration elapsed, boolean success) {
        if (success) {
            logger.info("Applied " + applied + " " + direction.label() + " step" + ((applied != 1) ? "s" : "") + " in "
                    + elapsed.toMillis() + " ms");
        }
    }
}
