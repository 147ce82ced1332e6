package dev.migrate.spring.boot.actuate;

import dev.migrate.MigrationListener;
import dev.migrate.MigrationStepInfo;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens one {@link Observation} per applied revision, named {@value #NAME}: direction and
 * outcome are low-cardinality keys, the revision id a high-cardinality one. With metrics on,
 * Boot turns each observation into a timer of the same name.
 */
public class MigrationObservationListener implements MigrationListener {

    /** The observation's name. */
    public static final String NAME = "migrate.revision";

    private final ObservationRegistry registry;

    private final Map<String, Observation> running = new ConcurrentHashMap<>();

    public MigrationObservationListener(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void stepStarting(MigrationStepInfo step, int index, int total) {
        Observation observation = Observation.createNotStarted(NAME, this.registry)
                .contextualName(step.direction().label() + " " + step.revision())
                .lowCardinalityKeyValue("direction", step.direction().label())
                .highCardinalityKeyValue("revision", step.revision())
                .start();
        this.running.put(key(step), observation);
    }

    @Override
    public void stepCompleted(MigrationStepInfo step, int index, int total, Duration elapsed) {
        stop(step, "success", null);
    }

    @Override
    public void stepFailed(MigrationStepInfo step, int index, int total, Duration elapsed, RuntimeException error) {
        stop(step, "failure", error);
    }

    private void stop(MigrationStepInfo step, String outcome, RuntimeException error) {
        Observation observation = this.running.remove(key(step));
        if (observation == null) {
            return;
        }
        observation.lowCardinalityKeyValue(KeyValue.of("outcome", outcome));
        if (error != null) {
            observation.error(error);
        }
        observation.stop();
    }

    private static String key(MigrationStepInfo step) {
        return step.direction().label() + ":" + step.revision();
    }
}
