package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Keeps two runners from migrating the same database and version table at once. The lock
 * belongs to a database session, never to a row, so a killed process cannot leave it behind.
 */
public interface DatabaseLock {

    /**
     * Takes the lock, waiting at most {@code timeout}.
     *
     * @param connection the connection that holds the lock until {@link #release}
     * @param name       the lock's name (derived from the version table)
     * @return {@code true} when taken, {@code false} when the timeout passed first
     */
    boolean acquire(Connection connection, String name, Duration timeout) throws SQLException;

    void release(Connection connection, String name) throws SQLException;

    /** Who holds the lock, where the database can tell; {@code null} when it cannot. */
    default String describeHolder(Connection connection, String name) {
        return null;
    }
}
