package dev.migrate.cli;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A scratch database as separate migrate processes reach it: H2 as a file (an in-memory database
 * dies with its process), PostgreSQL and MariaDB as their scratch schema or database. The test
 * reads and changes it over its own connections.
 *
 * @param scratch the scratch database, dropped on close
 * @param url     the URL the processes are given
 */
record ProcessDatabase(ScratchDatabase scratch, String url) implements AutoCloseable {

    /** @param h2File where the H2 database lives; ignored for the servers */
    static ProcessDatabase create(TestDatabase kind, Path h2File) {
        ScratchDatabase scratch = TestDatabases.create(kind);
        return new ProcessDatabase(scratch, kind == TestDatabase.H2 ? "jdbc:h2:file:" + h2File : scratch.url());
    }

    TestDatabase kind() {
        return scratch.kind();
    }

    /** migrate run in {@code project}, given this database through MIGRATE_URL, MIGRATE_USER and MIGRATE_PASSWORD. */
    ProgramProcess cli(Path project) {
        ProgramProcess cli = CliProcess.fromClassPath(project).env("MIGRATE_URL", url);
        if (kind() != TestDatabase.H2 && scratch.user() != null) {
            cli.env("MIGRATE_USER", scratch.user());
        }
        if (kind() != TestDatabase.H2 && scratch.password() != null) {
            cli.env("MIGRATE_PASSWORD", scratch.password());
        }
        return cli;
    }

    /** The same as {@link #cli(Path)}, run inside the test's JVM. */
    InProcessCli inProcessCli(Path project) {
        InProcessCli cli = new InProcessCli(project).env("MIGRATE_URL", url);
        if (kind() != TestDatabase.H2 && scratch.user() != null) {
            cli.env("MIGRATE_USER", scratch.user());
        }
        if (kind() != TestDatabase.H2 && scratch.password() != null) {
            cli.env("MIGRATE_PASSWORD", scratch.password());
        }
        return cli;
    }

    Connection connect() throws SQLException {
        return kind() == TestDatabase.H2 ? DriverManager.getConnection(url) : scratch.connect();
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void close() {
        scratch.close();
    }
}
