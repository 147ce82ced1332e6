package dev.migrate.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.MigrationStepInfo;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link MigrationObservationListener} and {@link MigrationMetricsListener}: what a
 * meter registry shows after the runtime has called them.
 */
class MigrationMeterListenersTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final MigrationStepInfo first = new MigrationStepInfo(
            "1a2b", dev.migrate.Direction.UPGRADE, List.of(), List.of("1a2b"), "create book", "db/migrations/1a2b.sql");

    private final MigrationStepInfo second = new MigrationStepInfo(
            "3c4d",
            dev.migrate.Direction.UPGRADE,
            List.of("1a2b"),
            List.of("3c4d"),
            "add author",
            "db/migrations/3c4d.sql");

    @Test
    void eachRevisionIsAnObservationTimedByDirectionAndOutcome() {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
        MigrationObservationListener listener = new MigrationObservationListener(observations);
        listener.stepStarting(this.first, 1, 2);
        listener.stepCompleted(this.first, 1, 2, Duration.ofMillis(5));
        listener.stepStarting(this.second, 2, 2);
        listener.stepFailed(this.second, 2, 2, Duration.ofMillis(5), new IllegalStateException("boom"));
        Timer succeeded = this.meters
                .get("migrate.revision")
                .tag("direction", "upgrade")
                .tag("outcome", "success")
                .timer();
        Timer failed = this.meters
                .get("migrate.revision")
                .tag("outcome", "failure")
                .tag("error", "IllegalStateException")
                .timer();
        assertThat(succeeded.count()).isEqualTo(1);
        assertThat(failed.count()).isEqualTo(1);
        // The revision id is high-cardinality: it must not become a metric tag.
        assertThat(this.meters.find("migrate.revision").tagKeys("revision").timers())
                .isEmpty();
    }

    @Test
    void runsAndLockWaitsAreTimed() {
        MigrationMetricsListener listener = new MigrationMetricsListener(this.meters);
        listener.lockAcquired("migrate_version", Duration.ofMillis(1500));
        listener.runFinished(dev.migrate.Direction.UPGRADE, 2, Duration.ofSeconds(3), true);
        listener.runFinished(dev.migrate.Direction.DOWNGRADE, 0, Duration.ofSeconds(1), false);
        assertThat(this.meters.get("migrate.lock.wait").timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isEqualTo(1500);
        assertThat(this.meters
                        .get("migrate.run")
                        .tag("direction", "upgrade")
                        .tag("outcome", "success")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(this.meters
                        .get("migrate.run")
                        .tag("direction", "downgrade")
                        .tag("outcome", "failure")
                        .timer()
                        .count())
                .isEqualTo(1);
    }
}
