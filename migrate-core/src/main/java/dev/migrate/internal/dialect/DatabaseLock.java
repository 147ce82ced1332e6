package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Keeps two runners from migrating the same database and version table at once. The lock
 * belongs to a database session, never to a row that says "locked", so a killed process
 * cannot leave it behind.
 */
public interface DatabaseLock {

    /**
     * Takes the lock, waiting at most {@code timeout}.
     *
     * @param connection the session that holds the lock until {@link #release}; the caller
     *                   keeps it for nothing else
     * @param name       the lock's name, from {@link Dialect#lockName}
     * @return {@code true} when taken, {@code false} when the timeout passed first
     */
    boolean acquire(Connection connection, String name, Duration timeout) throws SQLException;

    /** Takes the lock if nobody holds it, without waiting. */
    default boolean tryAcquire(Connection connection, String name) throws SQLException {
        return acquire(connection, name, Duration.ofMillis(1));
    }

    void release(Connection connection, String name) throws SQLException;

    /** Who holds the lock, where the database can tell; {@code null} when it cannot. */
    default String describeHolder(Connection connection, String name) {
        return null;
    }

    /** The lock as a user can find it in the database's own views. */
    String describe(String name);
}
