package dev.migrate.internal.runtime;

import dev.migrate.AppliedRevision;
import dev.migrate.Direction;
import dev.migrate.ErrorKind;
import dev.migrate.MigrationListener;
import dev.migrate.MigrationStepInfo;
import dev.migrate.internal.script.ScriptStatementException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What an online run adds around the {@link StepLoop}: the listeners hear every step, and a failed
 * step is rolled back, recorded in the history log, and reported with where the database is now.
 */
final class OnlineStepHooks implements StepHooks {

    private final Connection connection;
    private final DdlLockGuard lockGuard;
    private final MigrationTables tables;
    private final SqlSink sink;
    private final MigrationListener listener;
    private final Direction direction;
    private final String tag;

    /**
     * @param direction the run's direction, which the failure report and its history row name
     * @param tag       the run's tag, or {@code null}
     */
    OnlineStepHooks(
            Connection connection,
            MigrationTables tables,
            SqlSink sink,
            MigrationListener listener,
            Direction direction,
            String tag,
            DdlLockGuard lockGuard) {
        this.connection = connection;
        this.lockGuard = lockGuard;
        this.direction = direction;
        this.tag = tag;
        this.tables = tables;
        this.sink = sink;
        this.listener = listener;
    }

    @Override
    public MigrationStepInfo attempt(Supplier<MigrationStepInfo> attempt, BooleanSupplier nothingStayed) {
        return lockGuard.run(attempt, nothingStayed);
    }

    @Override
    public boolean measuresTime() {
        return true;
    }

    @Override
    public void runStarting(Direction direction, int total) {
        listener.runStarting(direction, total);
    }

    @Override
    public void stepStarting(MigrationStepInfo step, int index, int total) {
        listener.stepStarting(step, index, total);
    }

    @Override
    public void stepCompleted(MigrationStepInfo step, int index, int total, Duration elapsed) {
        listener.stepCompleted(step, index, total, elapsed);
    }

    @Override
    public RuntimeException stepFailed(FailedStep failed) {
        MigrationFailedException failure = failure(failed);
        listener.stepFailed(failed.info(), failed.index(), failed.total(), failed.elapsed(), failure);
        return failure;
    }

    @Override
    public void runFinished(Direction direction, int applied, Duration elapsed, boolean success) {
        listener.runFinished(direction, applied, elapsed, success);
    }

    /** Rolls back, records the failure, and says exactly where the database is now. */
    private MigrationFailedException failure(FailedStep failed) {
        MigrationStepInfo info = failed.info();
        RuntimeException error = failed.error();
        StatementFailedException statementFailed = causeOfType(error, StatementFailedException.class);
        ScriptStatementException located = causeOfType(error, ScriptStatementException.class);
        String statement = statementFailed == null ? null : statementFailed.sql();
        String databaseMessage = statementFailed == null
                ? String.valueOf(error.getMessage())
                : statementFailed.sqlException().getMessage();
        try {
            sink.rollback();
        } catch (RuntimeException rollbackFailure) {
            error.addSuppressed(rollbackFailure);
        }
        boolean transactionalDdl =
                tables.dialect().transactionalDdl() && failed.script().transactional();
        Optional<AppliedRevision> earlier = Optional.empty();
        try {
            // Only where an attempt can leave part of itself behind is an earlier one worth naming.
            if (!transactionalDdl) {
                earlier = tables.historyLog().earlierUnfinished(connection, info.revision(), failed.startedRow());
            }
        } catch (SQLException | RuntimeException readFailure) {
            error.addSuppressed(readFailure);
        }
        try {
            if (failed.startedRow() != null) {
                tables.historyLog().finish(sink, failed.startedRow(), failed.elapsed(), false);
            } else {
                tables.historyLog()
                        .record(
                                sink,
                                new HistoryLog.Entry(
                                        info.revision(),
                                        direction,
                                        info.from(),
                                        info.to(),
                                        info.message(),
                                        info.source(),
                                        failed.script().checksum(),
                                        failed.elapsed(),
                                        false,
                                        tag));
            }
        } catch (RuntimeException logFailure) {
            error.addSuppressed(logFailure);
        }
        List<String> heads;
        String where;
        try {
            heads = tables.versionTable().read(connection).orElse(List.of());
            where = heads.isEmpty() ? "base (no revision)" : String.join(", ", heads);
        } catch (SQLException | RuntimeException readFailure) {
            heads = List.of();
            where = "unknown: the version table could not be read (" + readFailure.getMessage() + ")";
        }
        StringBuilder message = new StringBuilder();
        message.append(capitalize(direction.label()))
                .append(" of revision ")
                .append(info.revision())
                .append(" (")
                .append(info.source())
                .append(") failed");
        if (statement != null) {
            message.append(" at statement")
                    .append(located == null ? "" : " (" + located.location() + ")")
                    .append(":\n    ")
                    .append(statement.strip())
                    .append('\n');
        } else {
            message.append(": ");
        }
        message.append(statement != null ? "Database error: " : "")
                .append(databaseMessage)
                .append('\n');
        if (transactionalDdl) {
            message.append("The revision was rolled back");
            if (failed.oneTransaction()) {
                message.append(" together with the whole run (one transaction)");
            }
            message.append("; the database is at ").append(where).append('.');
        } else {
            message.append("The version table records ").append(where).append(", the last completed revision. ");
            message.append(PartialRevisionReport.describe(
                    tables.dialect(),
                    info.revision(),
                    failed.ranBefore(),
                    statement,
                    failed.script().transactional()));
        }
        // An earlier attempt that was killed may have left what this one trips over.
        earlier.ifPresent(attempt -> message.append("\nAn earlier attempt may have left part of it: ")
                .append(attempt.unfinishedWarning()));
        ErrorKind kind = earlier.isPresent() ? ErrorKind.UNFINISHED_ATTEMPT : MigrationFailedException.kindOf(error);
        return new MigrationFailedException(
                kind, message.toString(), error, info.revision(), info.source(), statement, heads);
    }

    private static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
