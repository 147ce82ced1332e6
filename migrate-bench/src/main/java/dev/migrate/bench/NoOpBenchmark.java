package dev.migrate.bench;

import dev.migrate.Migrate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Benchmark 2: upgrade of a target where every revision is applied already, in this warm JVM
 * and as a fresh process. The baseline is plain JDBC doing the least any tool must: connect,
 * find the version table, read it.
 */
final class NoOpBenchmark {

    static final List<Contender> CONTENDERS =
            List.of(Contender.JDBC_BOOKKEEPING, Contender.MIGRATE, Contender.FLYWAY, Contender.LIQUIBASE);

    static final String BASELINE = "plain JDBC: connect, read the version row";
    static final String MIGRATE_LOADED = "migrate: upgrade() on a loaded instance";
    static final String MIGRATE_LOAD_AND_UPGRADE = "migrate: load() + upgrade()";
    static final String FLYWAY_MIGRATE = "Flyway: migrate() with validation";
    static final String LIQUIBASE_UPDATE = "Liquibase: update";

    /**
     * Warm and fresh-process figures of one database.
     *
     * @param warm         calls in this JVM after warm-up
     * @param processWall  a child JVM from launch to exit (empty where a child cannot reach the database)
     * @param processCall  the upgrade call inside that child
     */
    record Outcome(List<Measured> warm, List<Measured> processWall, List<Measured> processCall) {}

    private NoOpBenchmark() {}

    /**
     * Runs the no-op figures of one database on {@code targets}: up-to-date targets left by the
     * fresh-upgrade benchmark; a contender without one gets a new target brought up to date here.
     * Closes them all.
     */
    static Outcome run(
            BenchDatabase database, Path workloadRoot, Workload workload, int repeats, Map<Contender, Target> targets)
            throws Exception {
        try {
            for (Contender contender : CONTENDERS) {
                if (!targets.containsKey(contender)) {
                    Target target = database.fresh();
                    targets.put(contender, target);
                    contender.upgrade(target, workload);
                }
            }
            Progress.say(database.label() + " no-op: " + workload.size() + " revisions applied by every tool");
            List<Measured> warm = warm(targets, workload, repeats);
            Progress.say(database.label() + " no-op: warm calls done");
            List<Measured> wall = new ArrayList<>();
            List<Measured> call = new ArrayList<>();
            // An in-memory H2 database lives in this JVM only: a child process cannot see it.
            if (database != BenchDatabase.H2) {
                freshProcesses(database, targets, workloadRoot, workload, repeats, wall, call);
                Progress.say(database.label() + " no-op: fresh processes done");
            }
            return new Outcome(warm, wall, call);
        } finally {
            for (Target target : targets.values()) {
                target.close();
            }
        }
    }

    private static List<Measured> warm(Map<Contender, Target> targets, Workload workload, int repeats) {
        int warmups = 5;
        int runs = Math.max(10, repeats * 5);
        List<Measured> rows = new ArrayList<>();
        Target jdbc = targets.get(Contender.JDBC_BOOKKEEPING);
        rows.add(new Measured(
                BASELINE,
                Stopwatch.repeat(warmups, runs, () -> Contender.JDBC_BOOKKEEPING.upgrade(jdbc, workload)),
                "ms"));
        Migrate loaded = Tools.loadMigrate(targets.get(Contender.MIGRATE), workload);
        rows.add(new Measured(
                MIGRATE_LOADED, Stopwatch.repeat(warmups, runs, () -> requireNothingApplied(loaded)), "ms"));
        rows.add(new Measured(
                MIGRATE_LOAD_AND_UPGRADE,
                Stopwatch.repeat(warmups, runs, () -> Tools.migrate(targets.get(Contender.MIGRATE), workload)),
                "ms"));
        Flyway flyway = Tools.configureFlyway(targets.get(Contender.FLYWAY), workload);
        rows.add(new Measured(
                FLYWAY_MIGRATE, Stopwatch.repeat(warmups, runs, () -> requireNothingApplied(flyway)), "ms"));
        rows.add(new Measured(
                LIQUIBASE_UPDATE,
                Stopwatch.repeat(warmups, runs, () -> Tools.liquibase(targets.get(Contender.LIQUIBASE), workload)),
                "ms"));
        return rows;
    }

    private static void requireNothingApplied(Migrate migrate) {
        int applied = migrate.upgrade("heads").steps().size();
        if (applied != 0) {
            throw new IllegalStateException("The no-op upgrade applied " + applied + " revisions");
        }
    }

    private static void requireNothingApplied(Flyway flyway) {
        int applied = flyway.migrate().migrationsExecuted;
        if (applied != 0) {
            throw new IllegalStateException("Flyway's no-op migrate applied " + applied + " migrations");
        }
    }

    private static void freshProcesses(
            BenchDatabase database,
            Map<Contender, Target> targets,
            Path workloadRoot,
            Workload workload,
            int repeats,
            List<Measured> wall,
            List<Measured> call) {
        Map<Contender, List<Double>> walls = new EnumMap<>(Contender.class);
        Map<Contender, List<Double>> calls = new EnumMap<>(Contender.class);
        for (int repetition = 0; repetition < repeats; repetition++) {
            for (int turn = 0; turn < CONTENDERS.size(); turn++) {
                Contender contender = CONTENDERS.get((turn + repetition) % CONTENDERS.size());
                ChildProcess.Result result = ChildProcess.run(
                        "noop",
                        contender.name(),
                        database.label(),
                        targets.get(contender).url(),
                        workloadRoot.toString(),
                        String.valueOf(workload.size()));
                walls.computeIfAbsent(contender, c -> new ArrayList<>()).add(result.wallMillis());
                calls.computeIfAbsent(contender, c -> new ArrayList<>())
                        .add(result.figures().get("upgrade-ms"));
            }
        }
        for (Contender contender : CONTENDERS) {
            String label =
                    switch (contender) {
                        case JDBC_BOOKKEEPING -> BASELINE;
                        case MIGRATE -> MIGRATE_LOAD_AND_UPGRADE;
                        case FLYWAY -> FLYWAY_MIGRATE;
                        case LIQUIBASE -> LIQUIBASE_UPDATE;
                        default -> throw new IllegalStateException(contender.name());
                    };
            wall.add(new Measured(label, new Samples(walls.get(contender)), "ms"));
            call.add(new Measured(label, new Samples(calls.get(contender)), "ms"));
        }
    }
}
