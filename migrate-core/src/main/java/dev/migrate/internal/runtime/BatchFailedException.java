package dev.migrate.internal.runtime;

import java.sql.SQLException;

/**
 * The database refused a batch ({@link SqlSink#sendBatch}); the transaction must be rolled back.
 * Names the statement that failed when the driver said which one it was.
 */
final class BatchFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int failedAt;
    private final transient StatementFailedException statementFailure;

    /**
     * @param failedAt         the failed statement's place among those queued since the batch began
     *                         (from 0), or -1 when the driver did not say
     * @param statementFailure that statement's error, or {@code null} with -1
     */
    BatchFailedException(SQLException cause, int failedAt, StatementFailedException statementFailure) {
        super(cause.getMessage(), cause);
        this.failedAt = failedAt;
        this.statementFailure = statementFailure;
    }

    /** The failed statement's place among those queued since the batch began, or -1: not known. */
    int failedAt() {
        return failedAt;
    }

    /** The failed statement's error as an unbatched run reports it; {@code null} when not known. */
    StatementFailedException statementFailure() {
        return statementFailure;
    }
}
