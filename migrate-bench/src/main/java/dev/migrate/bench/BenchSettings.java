package dev.migrate.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What run.sh asks for, read from system properties.
 *
 * @param repeats    repetitions of every figure (fresh upgrades, child processes, JMH iterations at least 5)
 * @param databases  where to run ({@code bench.databases=postgresql,h2,mariadb})
 * @param sizes      revision counts of benchmark 1 ({@code bench.sizes=100,1000})
 * @param noOpSize   revisions applied before the no-op benchmark and the Spring Boot start-up benchmark
 * @param checkSize  tables of the check benchmark ({@code bench.check-size}, default 1,000)
 * @param memoryDatabases where the memory benchmark runs ({@code bench.memory-databases}, default all of
 *                   {@code databases}); a tool's memory hardly depends on the database, its time does
 * @param benchmarks which benchmarks to run ({@code bench.only=1,2,3,4,5,6,7})
 * @param output     where RESULTS.md and results.png go
 * @param work       where the generated revisions go
 * @param cli        the {@code migrate} launcher of benchmark 7 ({@code bench.cli}, migrate-cli-dist/target/migrate)
 * @param python     the Python whose Alembic benchmark 7 runs ({@code bench.python}, default /usr/bin/python3)
 */
record BenchSettings(
        int repeats,
        List<BenchDatabase> databases,
        List<Integer> sizes,
        int noOpSize,
        int checkSize,
        List<BenchDatabase> memoryDatabases,
        Set<Integer> benchmarks,
        Path output,
        Path work,
        Path cli,
        String python) {

    static BenchSettings fromSystemProperties() {
        List<BenchDatabase> databases = new ArrayList<>();
        for (String name :
                System.getProperty("bench.databases", "postgresql,h2,mariadb").split(",")) {
            databases.add(BenchDatabase.named(name));
        }
        List<BenchDatabase> memoryDatabases = new ArrayList<>();
        String memory = System.getProperty("bench.memory-databases", "");
        for (String name : (memory.isBlank() ? System.getProperty("bench.databases", "postgresql,h2,mariadb") : memory)
                .split(",")) {
            memoryDatabases.add(BenchDatabase.named(name));
        }
        List<Integer> sizes = new ArrayList<>();
        for (String size : System.getProperty("bench.sizes", "100,1000").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        Set<Integer> benchmarks = new LinkedHashSet<>();
        for (String number : System.getProperty("bench.only", "1,2,3,4,5,6,7").split(",")) {
            benchmarks.add(Integer.parseInt(number.trim()));
        }
        return new BenchSettings(
                Integer.parseInt(System.getProperty("bench.repeats", "3")),
                databases,
                sizes,
                Integer.parseInt(System.getProperty("bench.noop-size", "1000")),
                Integer.parseInt(System.getProperty("bench.check-size", "1000")),
                memoryDatabases,
                benchmarks,
                Path.of(System.getProperty("bench.output", "migrate-bench")),
                Path.of(System.getProperty("bench.work", "migrate-bench/target/bench-work")),
                Path.of(System.getProperty("bench.cli", "migrate-cli-dist/target/migrate"))
                        .toAbsolutePath(),
                System.getProperty("bench.python", "/usr/bin/python3"));
    }

    boolean runs(int benchmark) {
        return benchmarks.contains(benchmark);
    }

    /** The settings as run.sh's variables, for the results' header. */
    String describe() {
        return "REPEATS=" + repeats + " DATABASES=" + labels(databases) + " SIZES="
                + sizes.toString().replaceAll("[\\[\\] ]", "")
                + " NOOP_SIZE=" + noOpSize + " CHECK_SIZE=" + checkSize + " MEMORY_DATABASES=" + labels(memoryDatabases)
                + " ONLY="
                + benchmarks.toString().replaceAll("[\\[\\] ]", "");
    }

    private static String labels(List<BenchDatabase> databases) {
        List<String> labels = new ArrayList<>();
        for (BenchDatabase database : databases) {
            labels.add(database.label());
        }
        return String.join(",", labels);
    }
}
