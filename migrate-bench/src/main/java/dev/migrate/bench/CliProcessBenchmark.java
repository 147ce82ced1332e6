package dev.migrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark 7: the {@code migrate} program as a user runs it, a process per command, against
 * Alembic's command line and {@code psql -f} on PostgreSQL: no-op {@code current}, {@code heads}
 * and {@code upgrade heads} with every revision applied, a fresh upgrade of every revision, and
 * Flyway's API in a fresh JVM as the nearest thing to its command line's cold start.
 */
final class CliProcessBenchmark {

    static final String ALEMBIC = "Alembic: python3 -m alembic.config";
    static final String MIGRATE = "migrate: the launcher (target/migrate)";
    static final String MIGRATE_JAR = "migrate: java -jar migrate.jar, JVM defaults, no archive";
    static final String PSQL = "psql -f, the same statements";
    static final String FLYWAY = "Flyway: migrate() in a fresh JVM";
    static final List<String> NO_OP_COMMANDS = List.of("current", "heads", "upgrade heads");

    /**
     * The programs compared; what is missing is skipped and named.
     *
     * @param launcher  migrate-cli-dist/target/migrate, with migrate.jar beside it
     * @param python    the Python that has Alembic and psycopg2, or {@code null}
     * @param psql      whether {@code psql} runs
     */
    record Programs(Path launcher, String python, boolean psql) {

        static Programs find(Path launcher, String python) {
            boolean alembic = python != null && ShellCommand.works(List.of(python, "-c", "import alembic, psycopg2"));
            return new Programs(launcher, alembic ? python : null, ShellCommand.works(List.of("psql", "--version")));
        }

        Path jar() {
            return launcher.resolveSibling("migrate.jar");
        }
    }

    /**
     * @param noOp     per command, its figures (the first row is the baseline: Alembic when it ran)
     * @param flyway   Flyway's no-op in a fresh JVM, launch to exit
     * @param firstRun the launcher's first {@code current}, which writes the class-data archive
     * @param fresh    fresh upgrade of every revision (the first row is the baseline: psql when it ran)
     */
    record Outcome(Map<String, List<Measured>> noOp, Measured flyway, Measured firstRun, List<Measured> fresh) {}

    private CliProcessBenchmark() {}

    static Outcome run(BenchDatabase database, Path work, Workload workload, int repeats, Programs programs) {
        CliWorkload cli = CliWorkload.write(workload);
        Path root = work.toAbsolutePath().resolve("cli");
        deleteRecursively(root);
        Path cache = root.resolve("cache");
        Map<String, String> launcherEnvironment = Map.of("MIGRATE_CACHE_DIR", cache.toString());
        int runs = Math.max(5, 2 * repeats);
        List<Target> targets = new ArrayList<>();
        try {
            Target migrateTarget = track(targets, database.fresh());
            Contender.MIGRATE.upgrade(migrateTarget, workload);
            Path migrateProject = root.resolve("migrate-noop");
            cli.migrateProperties(migrateProject, migrateTarget.url());
            Target flywayTarget = track(targets, database.fresh());
            Contender.FLYWAY.upgrade(flywayTarget, workload);
            Path alembicProject = null;
            if (programs.python() != null) {
                Target alembicTarget = track(targets, database.fresh());
                alembicProject = root.resolve("alembic-noop");
                cli.alembicIni(alembicProject, CliWorkload.PostgresUrl.parse(alembicTarget.url()));
                // untimed: applies the revisions, and Python compiles them to __pycache__ as it would on a first run
                alembic(programs, alembicProject, "upgrade heads").run();
            }
            Progress.say(
                    database.label() + " CLI: " + workload.size() + " revisions applied by migrate, Alembic, Flyway");

            String head = Workload.revisionId(workload.size());
            Measured firstRun = new Measured(
                    "migrate: first run of the launcher (writes its archive)",
                    new Samples(List.of(launcher(programs, migrateProject, launcherEnvironment, "current")
                            .run()
                            .wallMillis())),
                    "ms");
            Map<String, List<Measured>> noOp = new LinkedHashMap<>();
            for (String command : NO_OP_COMMANDS) {
                Map<String, List<Double>> times = new LinkedHashMap<>();
                Map<String, ShellCommand> contenders = new LinkedHashMap<>();
                if (alembicProject != null) {
                    contenders.put(ALEMBIC, alembic(programs, alembicProject, command));
                }
                contenders.put(MIGRATE, launcher(programs, migrateProject, launcherEnvironment, command));
                contenders.put(MIGRATE_JAR, jar(programs, migrateProject, command));
                List<String> order = new ArrayList<>(contenders.keySet());
                for (String label : order) {
                    contenders.get(label).run();
                }
                for (int run = 0; run < runs; run++) {
                    for (int turn = 0; turn < order.size(); turn++) {
                        String label = order.get((turn + run) % order.size());
                        ShellCommand.Run result = contenders.get(label).run();
                        requireUpToDate(label, command, result.out(), head);
                        times.computeIfAbsent(label, l -> new ArrayList<>()).add(result.wallMillis());
                    }
                }
                List<Measured> rows = new ArrayList<>();
                times.forEach((label, values) -> rows.add(new Measured(label, new Samples(values), "ms")));
                noOp.put(command, rows);
                Progress.say(database.label() + " CLI: no-op " + command + " done");
            }
            List<Double> flywayTimes = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                flywayTimes.add(ChildProcess.run(
                                "noop",
                                Contender.FLYWAY.name(),
                                database.label(),
                                flywayTarget.url(),
                                work.toString(),
                                String.valueOf(workload.size()))
                        .wallMillis());
            }
            Measured flyway = new Measured(FLYWAY, new Samples(flywayTimes), "ms");

            List<Measured> fresh = fresh(database, cli, root, workload, repeats, programs, launcherEnvironment);
            return new Outcome(noOp, flyway, firstRun, fresh);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } finally {
            for (Target target : targets) {
                target.close();
            }
        }
    }

    /** Each tool, in turn, upgrades a new empty schema from nothing to every revision. */
    private static List<Measured> fresh(
            BenchDatabase database,
            CliWorkload cli,
            Path root,
            Workload workload,
            int repeats,
            Programs programs,
            Map<String, String> launcherEnvironment) {
        List<String> order = new ArrayList<>();
        if (programs.psql()) {
            order.add(PSQL);
        }
        if (programs.python() != null) {
            order.add(ALEMBIC);
        }
        order.add(MIGRATE);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int repetition = 0; repetition < repeats; repetition++) {
            for (int turn = 0; turn < order.size(); turn++) {
                String label = order.get((turn + repetition) % order.size());
                try (Target target = database.fresh()) {
                    Path project = root.resolve("fresh-" + target.name());
                    ShellCommand command =
                            switch (label) {
                                case PSQL ->
                                    new ShellCommand(
                                            List.of(
                                                    "psql",
                                                    "-q",
                                                    "-v",
                                                    "ON_ERROR_STOP=1",
                                                    "-f",
                                                    cli.psqlScript().toString()),
                                            root,
                                            CliWorkload.PostgresUrl.parse(target.url())
                                                    .libpqEnvironment());
                                case ALEMBIC -> {
                                    cli.alembicIni(project, CliWorkload.PostgresUrl.parse(target.url()));
                                    yield alembic(programs, project, "upgrade heads");
                                }
                                default -> {
                                    cli.migrateProperties(project, target.url());
                                    yield launcher(programs, project, launcherEnvironment, "upgrade heads");
                                }
                            };
                    times.computeIfAbsent(label, l -> new ArrayList<>())
                            .add(command.run().wallMillis());
                    int tables = target.tableCount();
                    if (tables < workload.size()) {
                        throw new IllegalStateException(label + " left " + tables + " tables, not " + workload.size());
                    }
                }
            }
            Progress.say(database.label() + " CLI: fresh upgrade, repetition " + (repetition + 1) + " of " + repeats);
        }
        List<Measured> rows = new ArrayList<>();
        for (String label : order) {
            rows.add(new Measured(label, new Samples(times.get(label)), "ms"));
        }
        return rows;
    }

    private static ShellCommand alembic(Programs programs, Path project, String command) {
        List<String> line = new ArrayList<>(List.of(programs.python(), "-m", "alembic.config"));
        line.addAll(List.of(command.split(" ")));
        return new ShellCommand(line, project, Map.of());
    }

    private static ShellCommand launcher(
            Programs programs, Path project, Map<String, String> environment, String command) {
        List<String> line = new ArrayList<>(List.of(programs.launcher().toString()));
        line.addAll(List.of(command.split(" ")));
        return new ShellCommand(line, project, environment);
    }

    private static ShellCommand jar(Programs programs, Path project, String command) {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                programs.jar().toString()));
        line.addAll(List.of(command.split(" ")));
        return new ShellCommand(line, project, Map.of());
    }

    /** {@code current} and {@code heads} must name the last revision as the head; anything else is not a figure. */
    private static void requireUpToDate(String label, String command, String out, String head) {
        if (!command.startsWith("upgrade") && !out.strip().equals(head + " (head)")) {
            throw new IllegalStateException(
                    label + " " + command + " printed '" + out.strip() + "', not '" + head + " (head)'");
        }
    }

    private static Target track(List<Target> targets, Target target) {
        targets.add(target);
        return target;
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + root, e);
        }
    }
}
