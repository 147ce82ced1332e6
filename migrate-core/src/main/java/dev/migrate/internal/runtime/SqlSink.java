package dev.migrate.internal.runtime;

import java.sql.Connection;
import java.util.List;

/**
 * Where SQL goes: a live connection or an offline script. Everything above this interface —
 * the operations, the version table, the history log — is the same in both modes.
 */
public interface SqlSink {

    /** Runs or writes one statement. */
    void execute(String sql);

    /** What {@link #update} returns offline, where nothing runs and no row is counted. */
    int OFFLINE = -1;

    /**
     * Runs one statement with bound parameters ({@code ?}); offline, the values are written as
     * literals of the dialect.
     *
     * @return the number of rows the statement changed, or {@link #OFFLINE}
     */
    int update(String sql, List<?> parameters);

    /** Starts a transaction (offline: writes the dialect's BEGIN). */
    void begin();

    void commit();

    /** Online only: undoes the open transaction. */
    void rollback();

    /** Whether a transaction is open (offline: whether a BEGIN was written and not yet committed). */
    boolean inTransaction();

    /**
     * A revision's step starts; {@code description} is Alembic's progress line
     * ({@code Running upgrade a -> b, message}). An offline script writes it as a comment and names
     * the revision if it asks for a connection; online nothing is written.
     */
    default void startRevision(String revision, String description) {}

    /** Whether this sink writes a script instead of running SQL. */
    boolean offline();

    /** The live connection, for revisions that read the database; offline there is none. */
    Connection connection();
}
