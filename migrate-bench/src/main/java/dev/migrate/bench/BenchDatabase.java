package dev.migrate.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The databases the benchmarks run against. Each repetition of each tool gets a fresh, empty
 * target ({@link #fresh()}): a unique schema on PostgreSQL, a unique database on MariaDB, a new
 * in-memory database on H2, so no tool finds what another left behind.
 */
public enum BenchDatabase {
    POSTGRESQL("postgresql", "BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
    H2("h2", null, "jdbc:h2:mem:"),
    MARIADB("mariadb", "BENCH_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

    private static final AtomicLong COUNTER = new AtomicLong();

    private final String label;
    private final String urlVariable;
    private final String defaultUrl;

    BenchDatabase(String label, String urlVariable, String defaultUrl) {
        this.label = label;
        this.urlVariable = urlVariable;
        this.defaultUrl = defaultUrl;
    }

    public String label() {
        return label;
    }

    public static BenchDatabase named(String label) {
        for (BenchDatabase database : values()) {
            if (database.label.equals(label.trim().toLowerCase(Locale.ROOT))) {
                return database;
            }
        }
        throw new IllegalArgumentException("Unknown database '" + label + "': use postgresql, h2 or mariadb");
    }

    /** The URL of the server's own database, where scratch schemas are created. */
    String serverUrl() {
        String fromEnvironment = urlVariable == null ? null : System.getenv(urlVariable);
        return fromEnvironment == null || fromEnvironment.isBlank() ? defaultUrl : fromEnvironment;
    }

    /** A new, empty place to migrate; dropped when closed. */
    public Target fresh() {
        String name = "bench_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try {
            return switch (this) {
                case POSTGRESQL -> {
                    execute(serverUrl(), "CREATE SCHEMA " + name);
                    yield new Target(
                            this,
                            name,
                            withParameter(serverUrl(), "currentSchema=" + name),
                            "DROP SCHEMA " + name + " CASCADE",
                            serverUrl());
                }
                case MARIADB -> {
                    execute(serverUrl(), "CREATE DATABASE " + name);
                    yield new Target(
                            this, name, replaceDatabase(serverUrl(), name), "DROP DATABASE " + name, serverUrl());
                }
                case H2 -> new Target(this, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "SHUTDOWN", null);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a scratch " + label + " database: " + e.getMessage(), e);
        }
    }

    /** Whether the server answers; a benchmark of an unreachable database is skipped, not failed. */
    public boolean reachable() {
        if (this == H2) {
            return true;
        }
        try (Connection ignored = DriverManager.getConnection(serverUrl())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The server's version, for the machine section of the results. */
    public String version() {
        String url = this == H2 ? "jdbc:h2:mem:" : serverUrl();
        try (Connection connection = DriverManager.getConnection(url)) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unreachable";
        }
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    private static String replaceDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + parameters;
    }
}
