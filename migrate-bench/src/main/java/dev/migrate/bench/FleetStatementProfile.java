package dev.migrate.bench;

import dev.migrate.internal.fleet.Fleet;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Where a fleet run's time goes per tenant: every JDBC call that reaches the server (statements,
 * commits, rollbacks, auto-commit and catalog switches, new connections) counted and timed by
 * kind, over N fresh tenants with the fleet benchmark's 20 revisions. A diagnostic, not a
 * benchmark: the proxy adds a little to each call. Runs against {@code BENCH_MARIADB_URL} (or
 * PostgreSQL with {@code -Dprofile.database=postgresql}).
 *
 * <pre>
 * java -cp … -Dprofile.tenants=40 -Dprofile.parallel=8 dev.migrate.bench.FleetStatementProfile
 * </pre>
 */
public final class FleetStatementProfile {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        Tools.quiet();
        BenchDatabase database = "postgresql".equals(System.getProperty("profile.database"))
                ? BenchDatabase.POSTGRESQL
                : BenchDatabase.MARIADB;
        int count = Integer.getInteger("profile.tenants", 40);
        int parallel = Integer.getInteger("profile.parallel", 8);
        boolean maria = database == BenchDatabase.MARIADB;
        Path revisions = Files.createTempDirectory("fleet-profile");
        FleetBenchmark.writeRevisions(revisions);
        String server = database.serverUrl();
        String prefix = "fp" + ProcessHandle.current().pid() + "_";
        List<String> tenants = BenchTenants.create(server, prefix, count, maria);
        FleetStatementProfile profile = new FleetStatementProfile();
        try {
            long started = System.nanoTime();
            FleetBenchmark.upgradeAll(
                    Fleet.configure().dataSource(profile.counting(server)), revisions, tenants, parallel);
            double wall = (System.nanoTime() - started) / 1e9;
            profile.print(database, count, parallel, wall);
        } finally {
            BenchTenants.drop(server, tenants, maria);
        }
    }

    private void print(BenchDatabase database, int tenants, int parallel, double wall) {
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf(
                Locale.ROOT,
                "%s, %d tenants, parallel %d: %.2f s wall, load average %s%n",
                database.label(),
                tenants,
                parallel,
                wall,
                Machine.loadAverage());
        out.printf(Locale.ROOT, "%10s %10s %10s  %s%n", "per tenant", "ms total", "ms each", "call");
        Map<Long, List<String>> byTime = new TreeMap<>((a, b) -> Long.compare(b, a));
        nanos.forEach((kind, total) ->
                byTime.computeIfAbsent(total.sum(), (k) -> new ArrayList<>()).add(kind));
        long all = 0;
        for (Map.Entry<Long, List<String>> entry : byTime.entrySet()) {
            for (String kind : entry.getValue()) {
                long n = counts.get(kind).sum();
                all += entry.getKey();
                out.printf(
                        Locale.ROOT,
                        "%10.1f %10.0f %10.2f  %s%n",
                        n / (double) tenants,
                        entry.getKey() / 1e6,
                        entry.getKey() / 1e6 / n,
                        kind);
            }
        }
        out.printf(
                Locale.ROOT,
                "calls' time summed over threads: %.2f s (%.0f ms per tenant)%n",
                all / 1e9,
                all / 1e6 / tenants);
    }

    private void record(String kind, long elapsed) {
        counts.computeIfAbsent(kind, (k) -> new LongAdder()).increment();
        nanos.computeIfAbsent(kind, (k) -> new LongAdder()).add(elapsed);
    }

    /** Digits and the tenants' names out, so that one kind of statement is one line. */
    private static String kind(String sql) {
        String text = sql.replaceAll("\\s+", " ").strip();
        text = text.replaceAll("fp\\d+_\\d+", "<tenant>").replaceAll("\\b[rt]\\d+\\b", "<n>");
        return text.length() > 90 ? text.substring(0, 90) + "…" : text;
    }

    private DataSource counting(String url) {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getConnection" -> {
                            long start = System.nanoTime();
                            Connection connection = DriverManager.getConnection(url);
                            record("(new connection)", System.nanoTime() - start);
                            return wrap(connection, Connection.class, null);
                        }
                        case "getLogWriter", "getParentLogger" -> {
                            return method.getName().equals("getParentLogger")
                                    ? Logger.getLogger(Logger.GLOBAL_LOGGER_NAME)
                                    : null;
                        }
                        case "getLoginTimeout" -> {
                            return 0;
                        }
                        case "isWrapperFor" -> {
                            return false;
                        }
                        case "toString" -> {
                            return "counting " + url;
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        default -> {
                            return null;
                        }
                    }
                });
    }

    private <T> T wrap(T target, Class<T> type, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            String kind = null;
            if (args != null && args.length > 0 && args[0] instanceof String sql && name.startsWith("execute")) {
                kind = kind(sql);
            } else if (preparedSql != null && name.startsWith("execute")) {
                kind = kind(preparedSql);
            } else if (type == Connection.class
                    && (name.equals("commit")
                            || name.equals("rollback")
                            || name.equals("setAutoCommit")
                            || name.equals("setCatalog")
                            || name.equals("setSchema")
                            || name.equals("getSchema")
                            || name.equals("getCatalog")
                            || name.equals("close"))) {
                kind = "Connection." + name
                        + (args != null && args.length == 1 && args[0] instanceof Boolean b ? "(" + b + ")" : "");
            }
            long start = System.nanoTime();
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (kind != null) {
                    record(kind, System.nanoTime() - start);
                }
            }
            if (result instanceof PreparedStatement prepared && name.startsWith("prepare")) {
                return wrap(prepared, PreparedStatement.class, (String) args[0]);
            }
            if (result instanceof Statement statement && name.equals("createStatement")) {
                return wrap(statement, Statement.class, null);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }
}
