package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;

/**
 * H2 has no advisory locks, so the runner's dedicated lock session holds a row lock
 * ({@code SELECT … FOR UPDATE}) on the single row of a small lock table, inside a transaction
 * it keeps open until release. The row is never marked "locked": the lock is the open
 * transaction, which H2 ends with the session, so a killed process cannot leave it behind.
 * The {@code name} is the lock table's (qualified, quoted) name.
 */
final class H2RowLock implements DatabaseLock {

    private static final String LOCK_TIMEOUT_STATE_PREFIX = "HYT00";

    @Override
    public boolean acquire(Connection connection, String name, Duration timeout) throws SQLException {
        ensureLockRow(connection, name);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCK_TIMEOUT " + Math.max(1, timeout.toMillis()));
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

    private static boolean isLockTimeout(SQLException e) {
        // 50200 is H2's LOCK_TIMEOUT_1; its SQLState is HYT00.
        return e instanceof SQLTimeoutException
                || e.getErrorCode() == 50200
                || (e.getSQLState() != null && e.getSQLState().startsWith(LOCK_TIMEOUT_STATE_PREFIX));
    }

    /** Creates the table and its row once; never touches the row when it exists, as it may be locked. */
    private static void ensureLockRow(Connection connection, String name) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + name + " (id INT NOT NULL PRIMARY KEY)");
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + name)) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
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
