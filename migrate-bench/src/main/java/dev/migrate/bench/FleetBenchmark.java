package dev.migrate.bench;

import dev.migrate.MigrateSettings;
import dev.migrate.internal.fleet.Fleet;
import dev.migrate.internal.fleet.FleetReport;
import dev.migrate.internal.fleet.TenantSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;

/**
 * Fleet mode (issue 20): N tenant schemas (databases on MariaDB), 20 revisions each, upgraded by
 * {@code migrate fleet} at {@code --parallel} 1/4/8, beside a loop over Flyway's API in one JVM
 * (what users write today) and plain JDBC running the same DDL at the same parallelism. Every
 * figure starts from N fresh, empty schemas. Writes FLEET-RESULTS.md.
 *
 * <pre>
 * java -cp … -Dfleet.tenants=1000 -Dfleet.mariadbTenants=200 -Dfleet.parallel=1,4,8 dev.migrate.bench.FleetBenchmark
 * </pre>
 *
 * <p>{@code -Dfleet.tenants=0} (or {@code -Dfleet.mariadbTenants=0}) leaves a database out,
 * {@code -Dfleet.flyway=false} the Flyway loop, and {@code -Dfleet.out=FILE} writes elsewhere.
 */
public final class FleetBenchmark {

    private static final int REVISIONS = 20;

    private final Path revisions;
    private final Path flywayRevisions;
    private final List<String> statements = new ArrayList<>();

    private FleetBenchmark(Path work) throws Exception {
        this.revisions = Files.createDirectories(work.resolve("fleet-migrate"));
        this.flywayRevisions = Files.createDirectories(work.resolve("fleet-flyway"));
        statements.addAll(writeRevisions(revisions));
        for (int i = 1; i <= REVISIONS; i++) {
            Files.writeString(flywayRevisions.resolve("V" + i + "__t" + i + ".sql"), statements.get(i - 1) + ";\n");
        }
    }

    /**
     * Writes the fleet's 20 SQL revisions (one {@code CREATE TABLE} each, in a chain) into
     * {@code folder}; returns their statements, in order.
     */
    static List<String> writeRevisions(Path folder) throws IOException {
        List<String> ddls = new ArrayList<>();
        for (int i = 1; i <= REVISIONS; i++) {
            String ddl = "CREATE TABLE t" + i + " (id INT PRIMARY KEY, name VARCHAR(40), created_at TIMESTAMP)";
            ddls.add(ddl);
            Files.writeString(
                    folder.resolve(String.format("r%02d.sql", i)),
                    "-- revision: r" + i + "\n"
                            + (i > 1 ? "-- down_revision: r" + (i - 1) + "\n" : "") + "-- migrate:upgrade\n" + ddl
                            + ";\n"
                            + "-- migrate:downgrade\nDROP TABLE t" + i + ";\n");
        }
        return ddls;
    }

    /** Upgrades every tenant to the revisions in {@code revisions} through {@code fleet}; fails if one failed. */
    static void upgradeAll(Fleet.Builder fleet, Path revisions, List<String> tenants, int parallel) {
        FleetReport report = fleet.settings(
                        MigrateSettings.defaults().withLocations(List.of("filesystem:" + revisions)))
                .tenants(TenantSource.list(tenants))
                .parallel(parallel)
                .continueOnError(true)
                .load()
                .upgrade("heads");
        if (!report.allSucceeded()) {
            throw new IllegalStateException("fleet failed: " + report.failures());
        }
    }

    public static void main(String[] args) throws Exception {
        Tools.quiet();
        int pgTenants = Integer.getInteger("fleet.tenants", 1000);
        int mariaTenants = Integer.getInteger("fleet.mariadbTenants", 200);
        List<Integer> parallels = new ArrayList<>();
        for (String p : System.getProperty("fleet.parallel", "1,4,8").split(",")) {
            parallels.add(Integer.parseInt(p.strip()));
        }
        Path work = Files.createTempDirectory("fleet-bench");
        FleetBenchmark bench = new FleetBenchmark(work);
        StringBuilder md = new StringBuilder();
        md.append("# Fleet benchmark (issue 20)\n\n")
                .append("Taken ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, load average before: ")
                .append(Machine.loadAverage())
                .append(".\n")
                .append(System.getProperty("fleet.note", ""))
                .append("\n\n")
                .append("Wall time to bring N fresh tenants from empty to revision 20 (20 `CREATE TABLE` revisions),")
                .append(" one run each. Flyway: `Flyway.configure().schemas(tenant)…migrate()` in a loop in one JVM")
                .append(" (sequential: Flyway has no fleet mode). Plain JDBC: the same 20 statements per tenant,")
                .append(" autocommit, same parallelism, one new connection per tenant, no bookkeeping.\n\n")
                .append("| database | tenants | contender | parallel | wall s | vs Flyway loop | vs plain JDBC |\n")
                .append("|---|---|---|---|---|---|---|\n");
        // -Dfleet.flyway=false leaves the (slow, sequential) Flyway loop out, e.g. while looking at one database
        boolean withFlyway = Boolean.parseBoolean(System.getProperty("fleet.flyway", "true"));
        for (BenchDatabase database : List.of(BenchDatabase.POSTGRESQL, BenchDatabase.MARIADB)) {
            int tenants = database == BenchDatabase.POSTGRESQL ? pgTenants : mariaTenants;
            if (tenants <= 0 || !database.reachable()) {
                continue;
            }
            double flyway = withFlyway ? bench.time(database, tenants, "flyway", 1) : Double.NaN;
            if (withFlyway) {
                md.append(row(database, tenants, "Flyway API loop", 1, flyway, flyway, Double.NaN));
            }
            for (int parallel : parallels) {
                double jdbc = bench.time(database, tenants, "jdbc", parallel);
                double fleet = bench.time(database, tenants, "fleet", parallel);
                md.append(row(database, tenants, "plain JDBC", parallel, jdbc, flyway, jdbc));
                md.append(row(database, tenants, "migrate fleet", parallel, fleet, flyway, jdbc));
                System.out.print(md);
            }
        }
        Path out = Path.of(System.getProperty("fleet.out", "migrate-bench/FLEET-RESULTS.md"));
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    private static String row(
            BenchDatabase database,
            int tenants,
            String contender,
            int parallel,
            double seconds,
            double flyway,
            double jdbc) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | %d | %.1f | %s | %s |%n",
                database.label(),
                tenants,
                contender,
                parallel,
                seconds,
                contender.startsWith("Flyway")
                        ? "1.00"
                        : Double.isNaN(flyway) ? "" : String.format(Locale.ROOT, "%.2f× faster", flyway / seconds),
                Double.isNaN(jdbc) ? "" : String.format(Locale.ROOT, "%.2f× its time", seconds / jdbc));
    }

    /** Seconds for one contender over {@code count} fresh tenants. */
    private double time(BenchDatabase database, int count, String contender, int parallel) throws Exception {
        String server = database.serverUrl();
        String prefix = "fb" + ProcessHandle.current().pid() + "_" + contender + parallel + "_";
        boolean maria = database == BenchDatabase.MARIADB;
        List<String> tenants = BenchTenants.create(server, prefix, count, maria);
        try {
            long started = System.nanoTime();
            switch (contender) {
                case "flyway" -> {
                    for (String tenant : tenants) {
                        Flyway.configure()
                                .dataSource(server, null, null)
                                .schemas(tenant)
                                .createSchemas(false)
                                .locations("filesystem:" + flywayRevisions)
                                .load()
                                .migrate();
                    }
                }
                case "jdbc" -> plainJdbc(server, tenants, parallel, maria);
                default -> upgradeAll(Fleet.configure().url(server, null, null), revisions, tenants, parallel);
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            BenchTenants.drop(server, tenants, maria);
        }
    }

    private void plainJdbc(String server, List<String> tenants, int parallel, boolean maria) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (String tenant : tenants) {
                running.add(workers.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(server);
                            Statement statement = connection.createStatement()) {
                        if (maria) {
                            connection.setCatalog(tenant);
                        } else {
                            connection.setSchema(tenant);
                        }
                        for (String ddl : statements) {
                            statement.execute(ddl);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            workers.shutdownNow();
        }
    }
}
