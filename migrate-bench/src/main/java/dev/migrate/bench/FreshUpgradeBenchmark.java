package dev.migrate.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 1: every contender brings a fresh, empty target up to N revisions. Contenders take
 * turns within each repetition, in an order that rotates, so a slow phase of a shared machine
 * does not land on one tool only.
 */
final class FreshUpgradeBenchmark {

    static final List<Contender> CONTENDERS = List.of(
            Contender.JDBC,
            Contender.JDBC_BOOKKEEPING,
            Contender.JDBC_BATCHED_BOOKKEEPING,
            Contender.MIGRATE,
            Contender.FLYWAY,
            Contender.LIQUIBASE);

    private FreshUpgradeBenchmark() {}

    /** Runs every contender once on a small workload so class loading and JIT are not measured. */
    static void warmUp(BenchDatabase database, Workload small) {
        for (Contender contender : CONTENDERS) {
            try (Target target = database.fresh()) {
                once(target, contender, small);
            }
        }
    }

    /**
     * Times every contender {@code repeats} times. With {@code keep} not {@code null}, the last
     * repetition's targets stay and go into it, up to date, for the no-op benchmark to reuse.
     */
    static List<Measured> run(BenchDatabase database, Workload workload, int repeats, Map<Contender, Target> keep) {
        Map<Contender, List<Double>> times = new EnumMap<>(Contender.class);
        for (int repetition = 0; repetition < repeats; repetition++) {
            boolean last = repetition == repeats - 1;
            for (int turn = 0; turn < CONTENDERS.size(); turn++) {
                Contender contender = CONTENDERS.get((turn + repetition) % CONTENDERS.size());
                Target target = database.fresh();
                try {
                    times.computeIfAbsent(contender, c -> new ArrayList<>()).add(once(target, contender, workload));
                } finally {
                    if (last && keep != null) {
                        keep.put(contender, target);
                    } else {
                        target.close();
                    }
                }
            }
            Progress.say(database.label() + " N=" + workload.size() + ": repetition " + (repetition + 1) + "/" + repeats
                    + " done");
        }
        List<Measured> rows = new ArrayList<>();
        for (Contender contender : CONTENDERS) {
            rows.add(new Measured(contender.label(), new Samples(times.get(contender)), "ms"));
        }
        return rows;
    }

    private static double once(Target target, Contender contender, Workload workload) {
        double millis = Stopwatch.millis(() -> contender.upgrade(target, workload));
        int tables = target.tableCount();
        if (tables < workload.size()) {
            throw new IllegalStateException(contender.label() + " left " + tables + " tables on "
                    + target.database().label() + ", expected at least " + workload.size());
        }
        return millis;
    }
}
