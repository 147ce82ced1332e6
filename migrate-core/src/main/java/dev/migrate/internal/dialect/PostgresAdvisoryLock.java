package dev.migrate.internal.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A session-level advisory lock: PostgreSQL releases it when the session ends, however it
 * ends, so a killed runner never leaves it behind. Waiting is bounded by {@code lock_timeout}
 * rather than a polling loop, so waiters are served in order.
 */
final class PostgresAdvisoryLock implements DatabaseLock {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Override
    public boolean acquire(Connection connection, String name, Duration timeout) throws SQLException {
        long key = key(name);
        try (PreparedStatement attempt = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            attempt.setLong(1, key);
            try (ResultSet rs = attempt.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return true;
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = " + Math.max(1, timeout.toMillis()));
            try (PreparedStatement wait = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                wait.setLong(1, key);
                wait.execute();
                return true;
            } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            } finally {
                statement.execute("RESET lock_timeout");
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key(name));
            statement.execute();
        }
    }

    @Override
    public String describeHolder(Connection connection, String name) {
        long key = key(name);
        String sql = "SELECT a.pid, a.usename, a.application_name, a.client_addr, a.backend_start"
                + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1"
                + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String application = rs.getString(3);
                return "PostgreSQL backend pid " + rs.getInt(1) + " (user " + rs.getString(2)
                        + (application == null || application.isEmpty() ? "" : ", application '" + application + "'")
                        + (rs.getString(4) == null ? "" : ", client " + rs.getString(4))
                        + ", connected since " + rs.getTimestamp(5) + ")";
            }
        } catch (SQLException e) {
            return null;
        }
    }

    @Override
    public String describe(String name) {
        return "PostgreSQL advisory lock " + key(name) + " ('" + name + "')";
    }

    /** A stable 64-bit key for the lock's name: the first 8 bytes of its SHA-256. */
    static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (digest[i] & 0xFF);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
