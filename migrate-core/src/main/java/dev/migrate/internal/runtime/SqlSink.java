package dev.migrate.internal.runtime;

import java.sql.Connection;
import java.util.List;
import java.util.function.IntConsumer;

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

    /** What {@link #update} returns for a statement queued in a batch ({@link #startBatch}): not sent yet. */
    int QUEUED = -2;

    /**
     * As {@link #update}, handing the number of rows the statement changed to {@code rows} once it
     * is known: at once, or when the batch it was queued in is sent. Offline it gets {@link #OFFLINE}.
     */
    default void update(String sql, List<?> parameters, IntConsumer rows) {
        rows.accept(update(sql, parameters));
    }

    /**
     * Online, where the dialect batches revisions ({@code Dialect.batchesRevisions}): from now on
     * {@link #execute} and {@link #update} queue their statements, until {@link #sendBatch} sends
     * them as one batch or {@link #discardBatch} drops them.
     *
     * @return whether statements are now queued; {@code false} where each runs at once
     */
    default boolean startBatch() {
        return false;
    }

    /**
     * Sends the queued statements as one batch and hands each its row count; queuing ends.
     *
     * @throws BatchFailedException when the database refused the batch: the caller rolls back
     */
    default void sendBatch() {}

    /** Ends queuing and drops what was not sent; nothing when no batch is open. */
    default void discardBatch() {}

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
