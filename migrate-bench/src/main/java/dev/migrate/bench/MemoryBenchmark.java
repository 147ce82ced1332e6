package dev.migrate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 6 for benchmark 1: each contender's fresh upgrade in a child JVM of its own (same
 * flags for all, {@link ChildProcess#JVM_FLAGS}), which reports its peak heap and peak resident set.
 */
final class MemoryBenchmark {

    static final List<Contender> CONTENDERS = List.of(Contender.JDBC, Contender.MIGRATE, Contender.FLYWAY,
            Contender.LIQUIBASE);

    /**
     * Both memory figures of one database.
     *
     * @param heap peak heap in MiB
     * @param rss  peak resident set in MiB
     */
    record Outcome(List<Measured> heap, List<Measured> rss) {
    }

    private MemoryBenchmark() {
    }

    static Outcome run(BenchDatabase database, Path workloadRoot, int size, int repeats) {
        Map<Contender, List<Double>> heaps = new EnumMap<>(Contender.class);
        Map<Contender, List<Double>> rss = new EnumMap<>(Contender.class);
        for (int repetition = 0; repetition < repeats; repetition++) {
            for (int turn = 0; turn < CONTENDERS.size(); turn++) {
                Contender contender = CONTENDERS.get((turn + repetition) % CONTENDERS.size());
                ChildProcess.Result result = ChildProcess.run("fresh", contender.name(), database.label(),
                        workloadRoot.toString(), String.valueOf(size));
                heaps.computeIfAbsent(contender, c -> new ArrayList<>())
                        .add(result.figures().get("peak-heap-bytes") / (1024.0 * 1024.0));
                rss.computeIfAbsent(contender, c -> new ArrayList<>()).add(result.figures().get("peak-rss-kib") / 1024.0);
            }
            Progress.say(database.label() + " memory N=" + size + ": repetition " + (repetition + 1) + "/" + repeats + " done");
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
