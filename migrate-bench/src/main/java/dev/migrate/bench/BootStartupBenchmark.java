package dev.migrate.bench;

import dev.migrate.bench.boot.StartupApp;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 5: the same small Spring Boot application ({@link StartupApp}) started in a child JVM
 * with migrate's starter, with Boot's Flyway support, or with neither, each on a PostgreSQL schema
 * where its tool has applied the same N revisions (for neither: the same tables, created by plain
 * JDBC). What a tool adds to start-up is its median minus the median of the application without one.
 */
final class BootStartupBenchmark {

    /** One way of starting the application. */
    enum Variant {
        NEITHER("neither", Contender.JDBC),
        MIGRATE("migrate starter", Contender.MIGRATE),
        FLYWAY("Spring Boot's Flyway support", Contender.FLYWAY);

        final String label;
        final Contender applies;

        Variant(String label, Contender applies) {
            this.label = label;
            this.applies = applies;
        }

        /** This JVM's class path without the other tool's jars; an entry is a jar or a reactor module's classes. */
        String classpath() {
            List<String> kept = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                boolean migrate = entry.contains("migrate-core")
                        || entry.contains("migrate-spring-boot-")
                        || entry.contains("migrate-cli")
                        || entry.contains("picocli");
                boolean flyway = entry.contains("flyway-");
                // Neither application uses JPA or Liquibase; only the tool under test differs between variants.
                boolean unused = entry.contains("hibernate-") || entry.contains("liquibase-");
                if (!unused && (!migrate || this == MIGRATE) && (!flyway || this == FLYWAY)) {
                    kept.add(entry);
                }
            }
            return String.join(File.pathSeparator, kept);
        }
    }

    /**
     * The three variants' figures.
     *
     * @param ready launch to {@code ApplicationReadyEvent} (the JVM's uptime then)
     * @param run   {@code SpringApplication.run} alone
     * @param wall  launch to exit, as this process saw it
     */
    record Outcome(List<Measured> ready, List<Measured> run, List<Measured> wall) {}

    private BootStartupBenchmark() {}

    /**
     * Starts each variant {@code 2 × repeats} times (at least 5): a start costs seconds, not minutes,
     * and its spread between starts is as large as the difference it is meant to show.
     */
    static Outcome run(BenchDatabase database, Workload workload, int repeats) throws Exception {
        int starts = Math.max(5, 2 * repeats);
        Map<Variant, Target> targets = new EnumMap<>(Variant.class);
        try {
            for (Variant variant : Variant.values()) {
                Target target = database.fresh();
                targets.put(variant, target);
                variant.applies.upgrade(target, workload);
            }
            Progress.say("boot: " + workload.size() + " revisions applied for each variant");
            Map<Variant, List<Double>> ready = new EnumMap<>(Variant.class);
            Map<Variant, List<Double>> run = new EnumMap<>(Variant.class);
            Map<Variant, List<Double>> wall = new EnumMap<>(Variant.class);
            // One untimed start of each first: the operating system's file cache holds every jar afterwards.
            for (int repetition = -1; repetition < starts; repetition++) {
                for (int turn = 0; turn < Variant.values().length; turn++) {
                    Variant variant = Variant.values()[Math.floorMod(turn + repetition, Variant.values().length)];
                    ChildProcess.Result result = start(variant, targets.get(variant), workload);
                    if (repetition >= 0) {
                        ready.computeIfAbsent(variant, v -> new ArrayList<>())
                                .add(result.figures().get("ready-ms"));
                        run.computeIfAbsent(variant, v -> new ArrayList<>())
                                .add(result.figures().get("run-ms"));
                        wall.computeIfAbsent(variant, v -> new ArrayList<>()).add(result.wallMillis());
                    }
                }
                Progress.say("boot: round " + (repetition + 1) + "/" + starts + " done");
            }
            return new Outcome(rows(ready), rows(run), rows(wall));
        } finally {
            for (Target target : targets.values()) {
                target.close();
            }
        }
    }

    private static ChildProcess.Result start(Variant variant, Target target, Workload workload) {
        ChildProcess.Result result = ChildProcess.launch(
                variant.classpath(),
                StartupApp.class.getName(),
                "--spring.datasource.url=" + target.url(),
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--migrate.locations=filesystem:" + workload.migrateDirectory(),
                "--spring.flyway.locations=filesystem:" + workload.flywayDirectory());
        if (!result.figures().containsKey("ready-ms")) {
            throw new IllegalStateException("The " + variant.label + " application did not report its start-up");
        }
        boolean migrate = result.figures().get("migrate-beans") > 0;
        boolean flyway = result.figures().get("flyway-beans") > 0;
        if (migrate != (variant == Variant.MIGRATE) || flyway != (variant == Variant.FLYWAY)) {
            throw new IllegalStateException("The " + variant.label + " application started with migrate "
                    + (migrate ? "on" : "off") + " and Flyway " + (flyway ? "on" : "off"));
        }
        return result;
    }

    private static List<Measured> rows(Map<Variant, List<Double>> figures) {
        List<Measured> rows = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            rows.add(new Measured(variant.label, new Samples(figures.get(variant)), "ms"));
        }
        return rows;
    }
}
