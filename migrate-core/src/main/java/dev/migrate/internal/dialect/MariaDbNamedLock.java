package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * {@code GET_LOCK}: a named lock owned by the session, released by the server when the session
 * ends. Names are server-wide, so the caller's name includes the database.
 */
final class MariaDbNamedLock implements DatabaseLock {

    /** The server rejects longer names. */
    private static final int MAX_NAME_LENGTH = 64;

    @Override
    public boolean acquire(Connection connection, String name, Duration timeout) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, serverName(name));
            statement.setDouble(2, Math.max(0.001, timeout.toMillis() / 1000.0));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                int result = rs.getInt(1);
                if (rs.wasNull()) {
                    throw new SQLException(
                            "GET_LOCK('" + serverName(name) + "') returned NULL: the server could not take the lock");
                }
                return result == 1;
            }
        }
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, serverName(name));
            statement.execute();
        }
    }

    @Override
    public String describeHolder(Connection connection, String name) {
        String sql =
                "SELECT p.ID, p.USER, p.HOST, p.TIME FROM information_schema.PROCESSLIST p WHERE p.ID = IS_USED_LOCK(?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, serverName(name));
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return "MariaDB connection " + rs.getLong(1) + " (user " + rs.getString(2) + " from " + rs.getString(3)
                        + ", in its current state for " + rs.getLong(4) + " s)";
            }
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public String describe(String name) {
        return "MariaDB named lock '" + serverName(name) + "' (GET_LOCK)";
    }

    static String serverName(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        String hash = Long.toHexString(PostgresAdvisoryLock.key(name));
        return name.substring(0, MAX_NAME_LENGTH - hash.length() - 1) + "#" + hash;
    }
}
