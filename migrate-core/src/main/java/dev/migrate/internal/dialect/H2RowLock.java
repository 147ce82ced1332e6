package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;

/**
 * H2 has no advisory locks, so the runner's dedicated lock session holds a row lock
 * ({@code SELECT … FOR UPDATE}) on the single row of a small lock table, inside a transaction
 * it keeps open until release. The row is never marked "locked": the lock is the open
 * transaction, which H2 ends with the session, so a killed process cannot leave it behind.
 * The {@code name} is the lock table's (qualified, quoted) name.
 */
final class H2RowLock implements DatabaseLock {

    private static final String LOCK_TIMEOUT_STATE_PREFIX = "HYT00";
    /** H2's "table not found" states: plain, in an empty database, and with candidates named. */
    private static final Set<String> TABLE_MISSING_STATES = Set.of("42S02", "42S03", "42S04");

    @Override
    public boolean acquire(Connection connection, String name, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT " + Math.max(1, timeout.toMillis()));
        }
        try {
            ensureLockRow(connection, name);
        } catch (SQLException e) {
            // Creating the table waits for H2's catalog lock, which a runner applying DDL holds:
            // that is waiting for the migration lock too, and its timeout means "not taken".
            if (isLockTimeout(e)) {
                return false;
            }
            throw e;
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement
                    .executeQuery("SELECT id FROM " + name + " WHERE id = 1 FOR UPDATE")
                    .close();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            connection.setAutoCommit(true);
            if (isLockTimeout(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
    }

    @Override
    public String describe(String name) {
        return "H2 row lock on " + name;
    }

    /** The lock table's row count; -1 when the table does not exist yet. */
    private static int rowCount(Statement statement, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + name)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            if (TABLE_MISSING_STATES.contains(e.getSQLState())) {
                return -1;
            }
            throw e;
        }
    }

    private static boolean isLockTimeout(SQLException e) {
        // 50200 is H2's LOCK_TIMEOUT_1; its SQLState is HYT00.
        return e instanceof SQLTimeoutException
                || e.getErrorCode() == 50200
                || (e.getSQLState() != null && e.getSQLState().startsWith(LOCK_TIMEOUT_STATE_PREFIX));
    }

    /**
     * Creates the table and its row once; never touches the row when it exists, as it may be locked.
     * The table is read before anything is created because {@code CREATE TABLE IF NOT EXISTS}
     * takes H2's catalog lock even when the table is there, and the runner holding the migration
     * lock takes that catalog lock for every DDL statement it runs.
     */
    private static void ensureLockRow(Connection connection, String name) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            int rows = rowCount(statement, name);
            if (rows > 0) {
                return;
            }
            if (rows < 0) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + name + " (id INT NOT NULL PRIMARY KEY)");
            }
            try {
                statement.execute("INSERT INTO " + name + " (id) VALUES (1)");
            } catch (SQLException e) {
                // Another runner inserted it first: the row is there, which is all that matters.
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }
}
