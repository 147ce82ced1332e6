package dev.migrate.internal.runtime;

import dev.migrate.Direction;
import dev.migrate.MigrationStepInfo;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.SqlMigration;
import dev.migrate.internal.script.graph.HeadsTracker;
import dev.migrate.internal.script.graph.MigrationStep;
import dev.migrate.internal.script.graph.VersionChange;
import dev.migrate.internal.script.sql.SqlStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one per-step loop of online runs and offline scripts, as Alembic's {@code run_migrations}
 * with its {@code as_sql} flag: per step, the transaction rules, the "started" history row, the
 * revision, the history row and the version-table change, all through one {@link SqlSink}. The
 * sink decides whether SQL runs or is written; {@link StepHooks} add what only an online run has.
 *
 * <p>The transaction rules, per revision: a transactional revision runs with its history row and
 * version-table change in one transaction (or inside the run's one transaction with
 * {@code transaction_per_migration=false}); a non-transactional one ({@code -- transactional: false})
 * runs outside any transaction, and its history row and version-table change then get a
 * transaction of their own, so the two rows are written together or not at all.
 */
final class StepLoop {

    private final SqlSink sink;
    private final MigrationTables tables;
    private final Map<String, RevisionScript> scripts;
    private final HeadsTracker tracker;
    private final boolean oneTransaction;
    private final Direction direction;
    private final String tag;
    private final StepHooks hooks;
    private final SinkOperations operations;
    private final Map<MigrationStep, List<VersionChange>> changes = new IdentityHashMap<>();

    /** The "started" row written for the next step in the transaction of the one before it, until used. */
    private StartedAhead startedAhead;

    /** A committed "started" history row of {@code step}, whose attempt has not begun yet. */
    private record StartedAhead(MigrationStep step, long row) {}

    /**
     * @param transactionPerMigration {@code false}: one transaction around the whole run
     * @param tag                     written into every history row, or {@code null}
     */
    StepLoop(
            SqlSink sink,
            MigrationTables tables,
            Map<String, RevisionScript> scripts,
            HeadsTracker tracker,
            boolean transactionPerMigration,
            Direction direction,
            String tag,
            StepHooks hooks) {
        this.sink = sink;
        this.tables = tables;
        this.scripts = scripts;
        this.tracker = tracker;
        this.oneTransaction = !transactionPerMigration;
        this.direction = direction;
        this.tag = tag;
        this.hooks = hooks;
        this.operations = new SinkOperations(sink, tables.dialect());
    }

    /**
     * Runs (or writes) {@code steps}.
     *
     * @param opening what the run writes first, inside its one transaction if it has one (offline from
     *                base: the version table and history log)
     */
    List<MigrationStepInfo> run(List<MigrationStep> steps, Consumer<SqlSink> opening) {
        splitAllFirst(steps);
        List<MigrationStepInfo> applied = new ArrayList<>();
        long runStart = System.nanoTime();
        hooks.runStarting(direction, steps.size());
        boolean success = false;
        try {
            if (oneTransaction) {
                sink.begin();
            }
            opening.accept(sink);
            for (int i = 0; i < steps.size(); i++) {
                MigrationStep step = steps.get(i);
                MigrationStep next = i + 1 < steps.size() ? steps.get(i + 1) : null;
                int index = i + 1;
                applied.add(hooks.attempt(() -> step(step, next, index, steps.size()), () -> nothingStayed(step)));
            }
            if (oneTransaction) {
                sink.commit();
            }
            success = true;
            return applied;
        } catch (RuntimeException failure) {
            forgetStartedAhead(failure);
            throw failure;
        } finally {
            hooks.runFinished(direction, applied.size(), elapsedSince(runStart), success);
        }
    }

    /**
     * Records a {@code stamp} command's version-table changes in one transaction: a history row per
     * revision the stamp reaches, then the changes.
     *
     * @param from the heads before the stamp
     */
    void stamp(List<VersionChange> changes, List<String> from) {
        sink.begin();
        for (String revision : VersionChanges.reached(changes)) {
            RevisionScript script = scripts.get(revision);
            tables.historyLog()
                    .record(
                            sink,
                            new HistoryLog.Entry(
                                    revision,
                                    Direction.STAMP,
                                    from,
                                    List.of(revision),
                                    script.node().message(),
                                    script.source(),
                                    script.checksum(),
                                    Duration.ZERO,
                                    true,
                                    tag));
        }
        tables.apply(sink, changes);
        sink.commit();
    }

    /**
     * Whether a failed attempt at {@code step} left nothing behind, so it may be tried again:
     * rolled back whole (transactional DDL), or failed at its first statement (on MariaDB a DDL
     * statement commits what ran before it, so only a first statement is safe to repeat).
     */
    private boolean nothingStayed(MigrationStep step) {
        if (oneTransaction || step.isStamp()) {
            return false;
        }
        boolean transactional = scripts.get(step.revision().id()).transactional();
        return (tables.dialect().transactionalDdl() && transactional)
                || operations.executedStatements().isEmpty();
    }

    /** A SQL script that cannot be split stops the run before anything of it runs. */
    private void splitAllFirst(List<MigrationStep> steps) {
        String dialect = tables.dialect().name();
        for (MigrationStep step : steps) {
            if (!step.isStamp() && scripts.get(step.revision().id()).migration() instanceof SqlMigration sql) {
                if (step.isUpgrade()) {
                    sql.upgradeStatements(dialect);
                } else {
                    sql.downgradeStatements(dialect);
                }
            }
        }
    }

    /**
     * @param next the step after this one, whose "started" row (where it needs one) is written in this
     *             step's transaction, or {@code null}
     */
    private MigrationStepInfo step(MigrationStep step, MigrationStep next, int index, int total) {
        RevisionScript script = scripts.get(step.revision().id());
        MigrationStepInfo info = info(step, script);
        sink.startRevision(script.id(), info.describe());
        hooks.stepStarting(info, index, total);
        long start = System.nanoTime();
        operations.startStep(script.id());
        Long startedRow = null;
        Duration elapsed = Duration.ZERO;
        try {
            if (step.isStamp()) {
                stampStep(step, info, script);
            } else {
                if (!script.transactional() && oneTransaction) {
                    // a revision outside any transaction ends the run's one first; runStep begins it again
                    sink.commit();
                }
                startedRow = logStart(step, info, script);
                elapsed = runStep(step, next, info, script, start, startedRow);
            }
            if (oneTransaction) {
                // the run's one transaction is still open: a listener that fails fails the run, rolled back
                hooks.stepCompleted(info, index, total, elapsed);
            }
        } catch (RuntimeException e) {
            throw hooks.stepFailed(new StepHooks.FailedStep(
                    info,
                    script,
                    e,
                    startedRow,
                    oneTransaction,
                    elapsedSince(start),
                    index,
                    total,
                    operations.executedStatements()));
        }
        if (!oneTransaction) {
            // The step committed: a listener that fails now stops the run, and the step stays applied and
            // recorded as such; logging it as failed would have `current` warn about a revision that is whole.
            hooks.stepCompleted(info, index, total, elapsed);
        }
        return info;
    }

    /**
     * Where the revision's effects can outlive a rollback, logs its start before it runs (online),
     * and returns the row; {@code null} when no row was written.
     */
    private Long logStart(MigrationStep step, MigrationStepInfo info, RevisionScript script) {
        if (!logsItsStart(script)) {
            return null;
        }
        Long startedRow = takeStartedAhead(step);
        return startedRow != null ? startedRow : recordStarted(info, script);
    }

    /** Writes a step's "started" history row; {@code null} offline, where no row is written. */
    private Long recordStarted(MigrationStepInfo info, RevisionScript script) {
        return tables.historyLog().recordStarted(sink, entry(info, script, Duration.ZERO, false));
    }

    /** The revision with its bookkeeping, committed unless the run is one transaction; returns its time. */
    private Duration runStep(
            MigrationStep step,
            MigrationStep next,
            MigrationStepInfo info,
            RevisionScript script,
            long start,
            Long startedRow) {
        boolean transactional = script.transactional();
        if (transactional && !oneTransaction) {
            sink.begin();
        }
        Duration elapsed;
        if (transactional && !oneTransaction && sendsAsBatch(step, script) && sink.startBatch()) {
            elapsed = runBatched(step, info, script, (SqlMigration) script.migration(), start);
        } else {
            elapsed = runRevision(step, info, script, start, startedRow);
        }
        Long nextStarted = oneTransaction ? null : startNext(next);
        if (!oneTransaction || !transactional) {
            sink.commit();
        }
        if (nextStarted != null) {
            startedAhead = new StartedAhead(next, nextStarted);
        }
        if (!transactional && oneTransaction) {
            sink.begin();
        }
        return elapsed;
    }

    private MigrationStepInfo info(MigrationStep step, RevisionScript script) {
        return new MigrationStepInfo(
                script.id(),
                step.isStamp() ? Direction.STAMP : direction,
                step.fromRevisions(),
                step.toRevisions(),
                script.node().message(),
                script.source());
    }

    /** Whether a revision's start is logged before it runs: where its effects can outlive a rollback. */
    private boolean logsItsStart(RevisionScript script) {
        return !(tables.dialect().transactionalDdl() && script.transactional());
    }

    /**
     * Writes {@code next}'s "started" row in the transaction of the step that ends, where the next
     * step logs its start: the row then commits with this step's history row and version change
     * instead of being a commit of its own (a log flush on MariaDB), and is there before anything of
     * the next revision runs, as when it was written just before it. Returns the row, {@code null} when
     * none was written (offline, or a next step that needs none).
     */
    private Long startNext(MigrationStep next) {
        if (next == null || next.isStamp()) {
            return null;
        }
        RevisionScript script = scripts.get(next.revision().id());
        if (!logsItsStart(script)) {
            return null;
        }
        return recordStarted(info(next, script), script);
    }

    /** The "started" row written ahead for {@code step}, once: a second attempt logs a start of its own. */
    private Long takeStartedAhead(MigrationStep step) {
        StartedAhead ahead = startedAhead;
        startedAhead = null;
        return ahead != null && ahead.step() == step ? ahead.row() : null;
    }

    /**
     * A run that stops between a step and the next (a listener that throws) takes back the next
     * step's "started" row, which would otherwise name a revision that never began as possibly
     * partly applied. Only a process killed in that instant leaves it, and the warning it gives is
     * then cautious, not wrong about anything that ran.
     */
    private void forgetStartedAhead(RuntimeException failure) {
        StartedAhead ahead = startedAhead;
        startedAhead = null;
        if (ahead == null) {
            return;
        }
        try {
            tables.historyLog().forget(sink, ahead.row());
        } catch (RuntimeException forgetFailed) {
            failure.addSuppressed(forgetFailed);
        }
    }

    /** The revision, then its history row and version-table change; returns the revision's time. */
    private Duration runRevision(
            MigrationStep step, MigrationStepInfo info, RevisionScript script, long start, Long startedRow) {
        if (step.isUpgrade()) {
            script.migration().upgrade(operations);
        } else {
            script.migration().downgrade(operations);
        }
        if (!script.transactional()) {
            // the revision ran outside a transaction; its two rows still go together
            sink.begin();
        }
        // An offline script records no time: nothing ran, and its text must not depend on the machine.
        Duration elapsed = hooks.measuresTime() ? elapsedSince(start) : Duration.ZERO;
        recordStep(step, info, script, elapsed, startedRow);
        return elapsed;
    }

    /**
     * The revision's statements, its history row and its version-table change as one batch, in the
     * transaction the caller began; the history row's time is the database's, since the row is
     * written before the statements run. A refused batch names its failing statement as an
     * unbatched run does (with its line); where the driver did not say which one failed, the batch,
     * rolled back whole (transactional DDL), is run again statement by statement to find it, and a
     * failure that does not come back (a lock wait that ended in time) leaves the revision applied.
     */
    private Duration runBatched(
            MigrationStep step, MigrationStepInfo info, RevisionScript script, SqlMigration sql, long start) {
        List<SqlStatement> statements = statements(step, sql);
        try {
            if (step.isUpgrade()) {
                script.migration().upgrade(operations);
            } else {
                script.migration().downgrade(operations);
            }
            tables.historyLog().recordTimedByDatabase(sink, entry(info, script, Duration.ZERO, true));
            tables.apply(sink, versionChanges(step));
            sink.sendBatch();
            return elapsedSince(start);
        } catch (BatchFailedException refused) {
            int failedAt = refused.failedAt();
            if (failedAt >= 0) {
                operations.keepExecuted(Math.min(failedAt, statements.size()));
                throw failedAt < statements.size()
                        ? sql.failure(statements.get(failedAt), refused.statementFailure())
                        : refused.statementFailure();
            }
            try {
                sink.rollback();
                sink.begin();
            } catch (RuntimeException rollbackFailed) {
                rollbackFailed.addSuppressed(refused);
                throw rollbackFailed;
            }
            operations.startStep(script.id());
            return runRevision(step, info, script, start, null);
        } finally {
            sink.discardBatch();
        }
    }

    private List<SqlStatement> statements(MigrationStep step, SqlMigration sql) {
        String dialect = tables.dialect().name();
        return step.isUpgrade() ? sql.upgradeStatements(dialect) : sql.downgradeStatements(dialect);
    }

    /**
     * Whether the step may go as one batch: a SQL revision whose statements all start with a
     * keyword of a statement that returns no rows (a driver refuses a batch entry that returns
     * rows, which would run the revision twice) and none has {@code RETURNING}.
     */
    private boolean sendsAsBatch(MigrationStep step, RevisionScript script) {
        if (step.isStamp() || !(script.migration() instanceof SqlMigration sql)) {
            return false;
        }
        for (SqlStatement statement : statements(step, sql)) {
            String text = statement.sql().strip().toUpperCase(Locale.ROOT);
            int end = 0;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (!BATCHED_KEYWORDS.contains(text.substring(0, end)) || text.contains("RETURNING")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> BATCHED_KEYWORDS = Set.of(
            "CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "COMMENT", "GRANT", "REVOKE", "TRUNCATE", "DO");

    /**
     * The step's version-table changes, worked out once: the tracker moves its heads as it answers,
     * and a step may be written twice (a refused batch, a retry after a lock wait).
     */
    private List<VersionChange> versionChanges(MigrationStep step) {
        return changes.computeIfAbsent(step, tracker::apply);
    }

    /**
     * The history row first, then the version table: where DDL commits as it runs (MariaDB), an
     * offline script that stops between the two must not leave a version without its history.
     */
    private void recordStep(
            MigrationStep step, MigrationStepInfo info, RevisionScript script, Duration elapsed, Long startedRow) {
        if (startedRow != null) {
            tables.historyLog().finish(sink, startedRow, elapsed, true);
        } else {
            tables.historyLog().record(sink, entry(info, script, elapsed, true));
        }
        tables.apply(sink, versionChanges(step));
    }

    /** Records a database that reached the end of a squashed range at the squashed revision. */
    private void stampStep(MigrationStep step, MigrationStepInfo info, RevisionScript script) {
        if (!oneTransaction) {
            sink.begin();
        }
        recordStep(step, info, script, Duration.ZERO, null);
        if (!oneTransaction) {
            sink.commit();
        }
    }

    private HistoryLog.Entry entry(MigrationStepInfo info, RevisionScript script, Duration elapsed, boolean success) {
        return new HistoryLog.Entry(
                info.revision(),
                info.direction(),
                info.from(),
                info.to(),
                info.message(),
                info.source(),
                script.checksum(),
                elapsed,
                success,
                tag);
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
