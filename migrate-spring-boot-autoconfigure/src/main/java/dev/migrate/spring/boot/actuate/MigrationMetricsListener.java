package dev.migrate.spring.boot.actuate;

import dev.migrate.Direction;
import dev.migrate.MigrationListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Times whole runs ({@value #RUN}, tagged by direction and outcome) and the wait for another
 * runner's lock ({@value #LOCK_WAIT}).
 */
public class MigrationMetricsListener implements MigrationListener {

    /** The timer of whole upgrade and downgrade runs. */
    public static final String RUN = "migrate.run";

    /** The timer of the wait for the migration lock. */
    public static final String LOCK_WAIT = "migrate.lock.wait";

    private final MeterRegistry registry;

    public MigrationMetricsListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void lockAcquired(String lockName, Duration waited) {
        Timer.builder(LOCK_WAIT)
                .description("Time spent waiting for another runner's migration lock")
                .register(this.registry)
                .record(waited);
    }

    @Override
    public void runFinished(Direction direction, int applied, Duration elapsed, boolean success) {
        Timer.builder(RUN)
                .description("Duration of a whole migration run")
                .tag("direction", direction.label())
                .tag("outcome", success ? "success" : "failure")
                .register(this.registry)
                .record(elapsed);
    }
}
