package dev.migrate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 6 for benchmark 1: each contender's fresh upgrade in a child JVM of its own (same
 * flags for all, {@link ChildProcess#JVM_FLAGS}), which reports its peak heap and peak resident set.
 */
final class MemoryBenchmark {

    static final List<Contender> CONTENDERS =
            List.of(Contender.JDBC, Contender.MIGRATE, Contender.FLYWAY, Contender.LIQUIBASE);

    /**
     * Both memory figures of one database.
     *
     * @param heap peak heap in MiB
     * @param rss  peak resident set in MiB
     */
    record Outcome(List<Measured> heap, List<Measured> rss) {}

    /**
     * The figures of benchmark 3's child processes.
     *
     * @param heap peak heap in MiB
     * @param rss  peak resident set in MiB
     * @param call the check or validation call inside the child, in ms
     */
    record CheckOutcome(List<Measured> heap, List<Measured> rss, List<Measured> call) {}

    static final String HIBERNATE_VALIDATION = "Hibernate: build the mapping + validate";
    static final String MIGRATE_CHECK = "migrate: check from the entity classes";

    /**
     * Benchmark 6 for benchmark 3: Hibernate's validation (the baseline) and migrate's check from
     * the same entity classes on the same schema, each in a child JVM of its own.
     *
     * @return peak heap, peak resident set, and the call's time in that cold JVM
     */
    static CheckOutcome runCheck(CheckFixture fixture, int repeats) {
        Map<String, List<Double>> heaps = new LinkedHashMap<>();
        Map<String, List<Double>> rss = new LinkedHashMap<>();
        Map<String, List<Double>> calls = new LinkedHashMap<>();
        List<String> labels = List.of(HIBERNATE_VALIDATION, MIGRATE_CHECK);
        for (int repetition = 0; repetition < repeats; repetition++) {
            for (int turn = 0; turn < labels.size(); turn++) {
                String label = labels.get((turn + repetition) % labels.size());
                Target target = fixture.target();
                String size = String.valueOf(fixture.entities().size());
                String classes = fixture.entities().classes().toString();
                ChildProcess.Result result = label.equals(MIGRATE_CHECK)
                        ? ChildProcess.run(
                                "check",
                                target.database().label(),
                                target.url(),
                                classes,
                                size,
                                fixture.revisions().toString())
                        : ChildProcess.run("validate", target.database().label(), target.url(), classes, size);
                heaps.computeIfAbsent(label, l -> new ArrayList<>())
                        .add(result.figures().get("peak-heap-bytes") / (1024.0 * 1024.0));
                rss.computeIfAbsent(label, l -> new ArrayList<>())
                        .add(result.figures().get("peak-rss-kib") / 1024.0);
                calls.computeIfAbsent(label, l -> new ArrayList<>())
                        .add(result.figures().get("call-ms"));
            }
            Progress.say("memory of check: repetition " + (repetition + 1) + "/" + repeats + " done");
        }
        return new CheckOutcome(rows(labels, heaps, "MiB"), rows(labels, rss, "MiB"), rows(labels, calls, "ms"));
    }

    private static List<Measured> rows(List<String> labels, Map<String, List<Double>> figures, String unit) {
        List<Measured> rows = new ArrayList<>();
        for (String label : labels) {
            rows.add(new Measured(label, new Samples(figures.get(label)), unit));
        }
        return rows;
    }

    private MemoryBenchmark() {}

    static Outcome run(BenchDatabase database, Path workloadRoot, int size, int repeats) {
        Map<Contender, List<Double>> heaps = new EnumMap<>(Contender.class);
        Map<Contender, List<Double>> rss = new EnumMap<>(Contender.class);
        for (int repetition = 0; repetition < repeats; repetition++) {
            for (int turn = 0; turn < CONTENDERS.size(); turn++) {
                Contender contender = CONTENDERS.get((turn + repetition) % CONTENDERS.size());
                ChildProcess.Result result = ChildProcess.run(
                        "fresh", contender.name(), database.label(), workloadRoot.toString(), String.valueOf(size));
                heaps.computeIfAbsent(contender, c -> new ArrayList<>())
                        .add(result.figures().get("peak-heap-bytes") / (1024.0 * 1024.0));
                rss.computeIfAbsent(contender, c -> new ArrayList<>())
                        .add(result.figures().get("peak-rss-kib") / 1024.0);
            }
            Progress.say(database.label() + " memory N=" + size + ": repetition " + (repetition + 1) + "/" + repeats
                    + " done");
        }
        List<Measured> heapRows = new ArrayList<>();
        List<Measured> rssRows = new ArrayList<>();
        for (Contender contender : CONTENDERS) {
            heapRows.add(new Measured(contender.label(), new Samples(heaps.get(contender)), "MiB"));
            rssRows.add(new Measured(contender.label(), new Samples(rss.get(contender)), "MiB"));
        }
        return new Outcome(heapRows, rssRows);
    }
}
