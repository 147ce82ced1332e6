package dev.migrate.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The entry point of the child processes the harness launches where start-up or a whole
 * process's memory matters. Prints one line of {@code key=value} figures on standard output.
 *
 * <pre>
 * noop  CONTENDER DATABASE URL WORKLOAD_ROOT N   upgrade of an up-to-date target
 * fresh CONTENDER DATABASE WORKLOAD_ROOT N       upgrade of a new scratch target, with peak memory
 * check    DATABASE URL ENTITY_CLASSES N REVISIONS  migrate check from N entity classes (benchmark 3), with peak memory
 * validate DATABASE URL ENTITY_CLASSES N            Hibernate's validation of the same entities, with peak memory
 * </pre>
 */
public final class ChildMain {

    private ChildMain() {}

    public static void main(String[] args) throws Exception {
        Tools.quiet();
        if (args[0].equals("check") || args[0].equals("validate")) {
            checkOrValidate(args);
            return;
        }
        Contender contender = Contender.valueOf(args[1]);
        BenchDatabase database = BenchDatabase.named(args[2]);
        if (args[0].equals("noop")) {
            Workload workload =
                    new Workload(Integer.parseInt(args[5]), Path.of(args[4]).resolve("n" + args[5]));
            Target target = new Target(database, "existing", args[3], "", null);
            double millis = Stopwatch.millis(() -> contender.upgrade(target, workload));
            System.out.println("upgrade-ms=" + millis);
        } else {
            Workload workload = Workload.write(Path.of(args[3]), Integer.parseInt(args[4]));
            double millis;
            try (Target target = database.fresh()) {
                millis = Stopwatch.millis(() -> contender.upgrade(target, workload));
            }
            System.out.println("upgrade-ms=" + millis + " " + memoryFigures());
        }
    }

    private static void checkOrValidate(String[] args) throws Exception {
        Target target = new Target(BenchDatabase.named(args[1]), "existing", args[2], "", null);
        EntityClasses entities = new EntityClasses(Integer.parseInt(args[4]), Path.of(args[3]));
        double millis;
        if (args[0].equals("check")) {
            Path revisions = Path.of(args[5]);
            millis = Stopwatch.millis(() -> CheckBenchmark.requireOneDifference(
                    CheckBenchmark.checkFromEntities(CheckFixture.migrate(target, revisions), entities.load())));
        } else {
            millis = Stopwatch.millis(() -> {
                try (HibernateValidation validation = new HibernateValidation(entities.load(), target.dataSource())) {
                    validation.validate();
                }
            });
        }
        System.out.println("call-ms=" + millis + " " + memoryFigures());
    }

    static String memoryFigures() throws IOException {
        return "peak-heap-bytes=" + peakHeapBytes() + " peak-rss-kib=" + peakRssKib();
    }

    /** The sum of every heap pool's peak use: the most heap the run held between collections. */
    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    /** The process's peak resident set as Linux reports it; -1 where there is no /proc. */
    private static long peakRssKib() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
