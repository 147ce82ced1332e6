package dev.migrate.bench;

import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.CheckResult;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.hibernate.HibernateModel;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.ReflectionFilter;
import dev.migrate.schema.SchemaModel;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 3: {@code check} against a schema of N tables whose model differs by one column, in
 * this warm JVM, beside Hibernate's own schema validation of the same entities on the same
 * schema (the baseline). Every call checks its answer, so a fast wrong answer is not a figure.
 */
final class CheckBenchmark {

    static final String BASELINE = "Hibernate: schema validation on a built mapping";
    static final String REFLECT = "migrate: reflect the schema";
    static final String CHECK = "migrate: check against the model (reflect + compare)";
    static final String CHECK_FROM_ENTITIES = "migrate: check from the entity classes (mapping + reflect + compare)";
    static final String HIBERNATE_FROM_ENTITIES = "Hibernate: build the mapping + validate";

    private CheckBenchmark() {}

    static List<Measured> run(CheckFixture fixture, int repeats) {
        int warmups = 3;
        int runs = Math.max(5, repeats * 2);
        List<Measured> rows = new ArrayList<>();
        try (HibernateValidation validation =
                new HibernateValidation(fixture.loaded(), fixture.target().dataSource())) {
            rows.add(new Measured(BASELINE, Stopwatch.repeat(warmups, runs, validation::validate), "ms"));
        }
        Progress.say("autogenerate: Hibernate validation done");
        Migrate migrate = fixture.migrate();
        ReflectionFilter filter = Autogenerate.reflectionFilter(migrate.settings());
        rows.add(new Measured(
                REFLECT,
                Stopwatch.repeat(warmups, runs, () -> requireTables(reflect(fixture, filter), fixture)),
                "ms"));
        rows.add(new Measured(
                CHECK,
                Stopwatch.repeat(
                        warmups,
                        runs,
                        () -> requireOneDifference(
                                Autogenerate.check(migrate, fixture.model(), CompareOptions.defaults()))),
                "ms"));
        rows.add(new Measured(
                CHECK_FROM_ENTITIES,
                Stopwatch.repeat(
                        warmups, runs, () -> requireOneDifference(checkFromEntities(migrate, fixture.loaded()))),
                "ms"));
        rows.add(new Measured(
                HIBERNATE_FROM_ENTITIES,
                Stopwatch.repeat(warmups, runs, () -> {
                    try (HibernateValidation fresh = new HibernateValidation(
                            fixture.loaded(), fixture.target().dataSource())) {
                        fresh.validate();
                    }
                }),
                "ms"));
        Progress.say("autogenerate: migrate's figures done");
        return rows;
    }

    /** What {@code migrate check --entities …} does once the classes are loaded. */
    static CheckResult checkFromEntities(Migrate migrate, List<Class<?>> entities) {
        SchemaModel model = HibernateModel.fromEntities(entities, migrate.databaseDialect());
        return Autogenerate.check(migrate, model, CompareOptions.defaults());
    }

    private static SchemaModel reflect(CheckFixture fixture, ReflectionFilter filter) throws Exception {
        try (Connection connection = fixture.target().connect()) {
            return Dialect.of(connection).reflector().reflect(connection, filter);
        }
    }

    private static void requireTables(SchemaModel reflected, CheckFixture fixture) {
        if (reflected.tables().size() != fixture.entities().size()) {
            throw new IllegalStateException(
                    "Reflection found " + reflected.tables().size() + " tables, not "
                            + fixture.entities().size());
        }
    }

    /** The one column the database has and the model has not, and nothing else. */
    static void requireOneDifference(CheckResult result) {
        if (result.differences().size() != 1 || !result.differences().get(0).contains(CheckFixture.EXTRA_COLUMN)) {
            throw new IllegalStateException(
                    "check should find the one extra column and nothing else, found: " + result.differences());
        }
    }
}
