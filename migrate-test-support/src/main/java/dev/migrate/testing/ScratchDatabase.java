package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A database (MariaDB, H2) or schema (PostgreSQL) of its own for one test, with a unique name,
 * dropped on close so runs never interfere. {@link #url()} points into it.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final TestDatabase kind;
    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final ServerEndpoint server;

    ScratchDatabase(TestDatabase kind, ServerEndpoint server) {
        this.kind = kind;
        this.server = server;
        this.name = "mt_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        this.user = server == null ? "sa" : server.user();
        this.password = server == null ? "" : server.password();
        switch (kind) {
            case POSTGRES -> {
                exec(server, "CREATE SCHEMA " + name);
                this.url = server.urlWithParameter("currentSchema", name);
            }
            case MARIADB -> {
                exec(server, "CREATE DATABASE " + name);
                this.url = server.urlWithDatabase(name);
            }
            default -> this.url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }
    }

    private static void exec(ServerEndpoint server, String sql) {
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on the test server: " + e.getMessage(), e);
        }
    }

    /** The server this database lives on; {@code null} for H2. */
    ServerEndpoint server() {
        return server;
    }

    public TestDatabase kind() {
        return kind;
    }

    /** The database's (MariaDB, H2) or schema's (PostgreSQL) name. */
    public String name() {
        return name;
    }

    /** The schema that unqualified names land in, as the database reports it. */
    public String schema() {
        return switch (kind) {
            case H2 -> "PUBLIC";
            default -> name;
        };
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public DataSource dataSource() {
        return new ScratchDataSource(url, user, password);
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /** Runs statements in this database, for setting up and checking tests. */
    public void execute(String... statements) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        switch (kind) {
            case POSTGRES -> exec(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            case MARIADB -> exec(server, "DROP DATABASE IF EXISTS " + name);
            default -> execute("SHUTDOWN");
        }
    }

    @Override
    public String toString() {
        return kind + ":" + name;
    }
}
