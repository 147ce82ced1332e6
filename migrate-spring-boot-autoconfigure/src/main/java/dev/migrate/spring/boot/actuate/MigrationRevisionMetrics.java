package dev.migrate.spring.boot.actuate;

import dev.migrate.Migrate;
import dev.migrate.MigrationStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Gauges of applied ({@value #APPLIED}) and pending ({@value #PENDING}) revisions per runner
 * bean, tagged {@code runner}; each sample reads the version table, and a database that cannot
 * be read reports NaN.
 */
public class MigrationRevisionMetrics implements MeterBinder {

    /** The gauge of applied revisions. */
    public static final String APPLIED = "migrate.revisions.applied";

    /** The gauge of pending revisions. */
    public static final String PENDING = "migrate.revisions.pending";

    private final Map<String, Migrate> runners;

    public MigrationRevisionMetrics(Map<String, Migrate> runners) {
        this.runners = Map.copyOf(runners);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.runners.forEach((name, migrate) -> {
            register(
                    registry,
                    APPLIED,
                    "Revisions of the scripts applied to the database",
                    name,
                    migrate,
                    (status) -> status.appliedCount());
            register(
                    registry,
                    PENDING,
                    "Revisions of the scripts not yet applied to the database",
                    name,
                    migrate,
                    (status) -> status.pending().size());
        });
    }

    private static void register(
            MeterRegistry registry,
            String meter,
            String description,
            String name,
            Migrate migrate,
            ToDoubleFunction<MigrationStatus> value) {
        Gauge.builder(meter, migrate, (runner) -> sample(runner, value))
                .description(description)
                .tag("runner", name)
                .register(registry);
    }

    private static double sample(Migrate migrate, ToDoubleFunction<MigrationStatus> value) {
        try {
            return value.applyAsDouble(migrate.headsStatus());
        } catch (RuntimeException ex) {
            return Double.NaN;
        }
    }
}
