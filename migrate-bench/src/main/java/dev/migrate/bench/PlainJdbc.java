package dev.migrate.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The baseline: the workload's statements on one connection, one transaction per revision
 * (the transaction pattern every tool here uses by default). With bookkeeping it also does the
 * least a migration tool must do per revision in the same transaction, update one version row
 * and insert one history row, which shows what that bookkeeping costs on its own.
 */
final class PlainJdbc {

    private PlainJdbc() {}

    /**
     * Applies what is not applied yet. With bookkeeping and everything applied, this is the no-op
     * baseline: connect, look for the version table, read the version, do nothing.
     */
    static void upgrade(Target target, Workload workload, boolean bookkeeping) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            if (!bookkeeping) {
                try (Statement statement = connection.createStatement()) {
                    for (String ddl : workload.statements()) {
                        statement.execute(ddl);
                        connection.commit();
                    }
                }
                return;
            }
            createBookkeepingTables(connection);
            int applied = appliedCount(connection);
            try (Statement statement = connection.createStatement();
                    PreparedStatement version =
                            connection.prepareStatement("UPDATE bench_version SET version_num = ?");
                    PreparedStatement history = connection.prepareStatement(
                            "INSERT INTO bench_history (revision, applied_at) VALUES (?, ?)")) {
                List<String> statements = workload.statements();
                for (int number = applied + 1; number <= statements.size(); number++) {
                    statement.execute(statements.get(number - 1));
                    version.setInt(1, number);
                    version.executeUpdate();
                    history.setInt(1, number);
                    history.setTimestamp(2, Timestamp.from(Instant.now()));
                    history.executeUpdate();
                    connection.commit();
                }
            }
        }
    }

    /**
     * The bookkeeping run with the revision's statement as one batch per revision (the statement,
     * the version-row update, the history insert), so a driver that pipelines batches (PostgreSQL's)
     * sends them in one round trip; the update must still have changed one row.
     */
    static void upgradeBatched(Target target, Workload workload) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            createBookkeepingTables(connection);
            int applied = appliedCount(connection);
            try (Statement statement = connection.createStatement()) {
                List<String> statements = workload.statements();
                for (int number = applied + 1; number <= statements.size(); number++) {
                    statement.addBatch(statements.get(number - 1));
                    statement.addBatch("UPDATE bench_version SET version_num = " + number);
                    statement.addBatch("INSERT INTO bench_history (revision, applied_at) VALUES (" + number
                            + ", CURRENT_TIMESTAMP)");
                    int[] counts = statement.executeBatch();
                    if (counts[1] != 1) {
                        throw new SQLException("The version row update changed " + counts[1] + " rows, not 1");
                    }
                    connection.commit();
                }
            }
        }
    }

    private static void createBookkeepingTables(Connection connection) throws SQLException {
        if (hasTable(connection, "bench_version")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_version (version_num INT NOT NULL)");
            statement.execute("INSERT INTO bench_version (version_num) VALUES (0)");
            statement.execute("CREATE TABLE bench_history (revision INT NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        connection.commit();
    }

    private static int appliedCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version_num FROM bench_version")) {
            result.next();
            int count = result.getInt(1);
            connection.commit();
            return count;
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        String schema = connection.getSchema();
        String catalog = connection.getCatalog();
        for (String candidate : new String[] {name, name.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(catalog, schema, candidate, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
