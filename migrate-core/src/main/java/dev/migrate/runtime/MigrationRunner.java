package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.MigrateSettings;
import dev.migrate.dialect.DatabaseLock;
import dev.migrate.dialect.Dialect;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptStatementException;
import dev.migrate.script.SqlMigration;
import dev.migrate.script.graph.HeadsTracker;
import dev.migrate.script.graph.MigrationStep;
import dev.migrate.script.graph.RevisionGraph;
import dev.migrate.script.graph.StampStep;
import dev.migrate.script.graph.VersionChange;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * Runs the steps the graph gives, online: reads the heads, takes the lock, re-reads them (a
 * waiter that finds the work done does nothing), then for each step begins a transaction, runs
 * the revision, updates the version table and the history log, and commits.
 */
public final class MigrationRunner {

    /** How many revisions a message lists before it only counts the rest. */
    private static final int MAX_LISTED = 20;

    private final DataSource dataSource;
    private final MigrateSettings settings;
    private final RevisionGraph graph;
    private final Map<String, RevisionScript> scripts;
    private final String locationsText;
    private final MigrationListener listener;

    public MigrationRunner(DataSource dataSource, MigrateSettings settings, RevisionGraph graph,
            Map<String, RevisionScript> scripts, List<MigrationListener> listeners) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.graph = graph;
        this.scripts = scripts;
        this.locationsText = String.join(", ", settings.locations());
        this.listener = new CompositeListener(listeners);
    }

    public MigrationResult upgrade(String target) {
        return upgrade(target, null);
    }

    /** @param tag written into every history row of the run, or {@code null} */
    public MigrationResult upgrade(String target, String tag) {
        return run("upgrade", tag, (heads, g) -> g.upgradeSteps(heads, target));
    }

    public MigrationResult downgrade(String target) {
        return downgrade(target, null);
    }

    /** @param tag written into every history row of the run, or {@code null} */
    public MigrationResult downgrade(String target, String tag) {
        return run("downgrade", tag, (heads, g) -> g.downgradeSteps(heads, target));
    }

    /** The database's heads; empty at base or when there is no version table yet. */
    public List<String> current() {
        return withConnection(connection -> tables(connection).versionTable().read(connection).orElse(List.of()));
    }

    /** The steps an upgrade to {@code target} would run now. */
    public List<MigrationStep> pending(String target) {
        return withConnection(connection -> {
            VersionTable versionTable = tables(connection).versionTable();
            List<String> heads = versionTable.read(connection).orElse(List.of());
            requireKnown(heads, versionTable);
            OverlappingRows.require(graph, heads, versionTable.name());
            return graph.upgradeSteps(heads, target);
        });
    }

    /** Steps that failed or were interrupted and have not run successfully since. */
    public List<AppliedRevision> unfinishedAttempts() {
        return withConnection(connection -> tables(connection).historyLog().unfinished(connection));
    }

    /** The history log, oldest first. */
    public List<AppliedRevision> appliedHistory() {
        return withConnection(connection -> tables(connection).historyLog().read(connection).orElse(List.of()));
    }

    /** Creates the version table and history log when they are missing, under the lock (Alembic's ensure_version). */
    public void ensureVersion() {
        withConnection(connection -> {
            Tables tables = resolvedTables(connection);
            try (Connection lockConnection = dataSource.getConnection()) {
                LockHandle lock = lock(connection, lockConnection, tables);
                try {
                    tables.createMissing(connection);
                } finally {
                    lock.release();
                }
            }
            return null;
        });
    }

    /** Records {@code targets} as the database's heads without running any revision. */
    public void stamp(List<String> targets, boolean purge) {
        stamp(targets, purge, null);
    }

    /**
     * Records {@code targets} as the database's heads without running any revision.
     *
     * @param tag written into the history rows of the stamp, or {@code null}
     */
    public void stamp(List<String> targets, boolean purge, String tag) {
        withConnection(connection -> {
            Tables tables = resolvedTables(connection);
            Connection lockConnection = dataSource.getConnection();
            try (lockConnection) {
                LockHandle lock = lock(connection, lockConnection, tables);
                try {
                    List<String> heads = tables.createMissing(connection);
                    if (!purge) {
                        requireKnown(heads, tables.versionTable());
                        OverlappingRows.require(graph, heads, tables.versionTable().name());
                    }
                    List<MigrationStepInfo> moves = new ArrayList<>();
                    HeadsTracker tracker = new HeadsTracker(graph, heads);
                    List<VersionChange> changes = tracker.stamp(heads, targets, purge, move -> moves.add(stampInfo(move)));
                    OverlappingRows.requireForStamp(graph, targets, tracker.heads());
                    try (JdbcSink sink = new JdbcSink(connection, tables.dialect())) {
                        sink.begin();
                        try {
                            for (int i = 0; i < moves.size(); i++) {
                                listener.stepStarting(moves.get(i), i + 1, moves.size());
                            }
                            applyChanges(sink, tables.versionTable(), changes);
                            for (String revision : stampedRevisions(changes)) {
                                RevisionScript script = scripts.get(revision);
                                tables.historyLog().record(sink, new HistoryLog.Entry(revision, "stamp", heads,
                                        List.of(revision), script.node().message(), script.source(), script.checksum(),
                                        Duration.ZERO, true, tag));
                            }
                            sink.commit();
                        } catch (RuntimeException e) {
                            sink.rollback();
                            moves.forEach(move -> listener.stepFailed(move, 1, moves.size(), Duration.ZERO, e));
                            throw e;
                        }
                    }
                    for (int i = 0; i < moves.size(); i++) {
                        listener.stepCompleted(moves.get(i), i + 1, moves.size(), Duration.ZERO);
                    }
                } finally {
                    lock.release();
                }
            }
            return null;
        });
    }

    /** One move of a stamp as listeners see it: Alembic's {@code Running stamp_revision a -> b}, no message. */
    private MigrationStepInfo stampInfo(StampStep move) {
        List<String> ids = move.toRevisions().isEmpty() ? move.fromRevisions() : move.toRevisions();
        String revision = ids.get(ids.size() - 1);
        RevisionScript script = scripts.get(revision);
        return new MigrationStepInfo(revision, "stamp", move.fromRevisions(), move.toRevisions(), "",
                script == null ? "" : script.source());
    }

    private MigrationResult run(String direction, String tag,
            BiFunction<Collection<String>, RevisionGraph, List<MigrationStep>> planner) {
        long started = System.nanoTime();
        return withConnection(connection -> {
            Tables tables = tables(connection);
            requireRunWideTransactionPossible(tables.dialect());
            List<String> headsBefore = tables.versionTable().read(connection).orElse(List.of());
            verify(connection, tables, headsBefore, direction);
            List<MigrationStep> steps = planner.apply(headsBefore, graph);
            if (steps.isEmpty()) {
                return new MigrationResult(List.of(), headsBefore, headsBefore, Duration.ZERO, elapsedSince(started));
            }
            // The unqualified reads above reach the same tables; from here on every statement names them.
            Tables resolved = resolvedTables(connection);
            try (Connection lockConnection = dataSource.getConnection()) {
                LockHandle lock = lock(connection, lockConnection, resolved);
                try {
                    // Another runner may have done the work while this one waited.
                    List<String> heads = resolved.createMissing(connection);
                    if (!heads.equals(headsBefore)) {
                        verify(connection, resolved, heads, direction);
                        steps = planner.apply(heads, graph);
                    }
                    List<MigrationStepInfo> applied = new StepLoop(connection, resolved, heads, direction, tag, lockConnection).apply(steps);
                    List<String> headsAfter = resolved.versionTable().read(connection).orElse(List.of());
                    return new MigrationResult(applied, headsBefore, headsAfter, lock.waited(), elapsedSince(started));
                } finally {
                    lock.release();
                }
            }
        });
    }

    /**
     * One transaction for the whole run promises that a failure leaves the database where the run
     * started; where DDL commits the open transaction (MariaDB/MySQL, H2) no run can keep that
     * promise, so it is refused before anything runs, whether or not there is work.
     */
    private void requireRunWideTransactionPossible(Dialect dialect) {
        if (settings.transactionPerMigration() || dialect.transactionalDdl()) {
            return;
        }
        throw new MigrateException("transaction_per_migration=false (Spring Boot: migrate.transaction-per-migration;"
                + " API: transactionPerMigration(false)) asks for one transaction around the whole run, which "
                + dialect.name() + " cannot give: its DDL commits the open transaction, so a failing revision could"
                + " not undo the revisions before it, and the version table would not say which of them stayed."
                + " Nothing was run. Remove the setting: each revision then commits together with its version-table"
                + " update, so the database always records exactly what is applied.");
    }

    /** Refuses to run on a database whose state the scripts cannot explain. */
    private void verify(Connection connection, Tables tables, List<String> heads, String direction) throws SQLException {
        requireKnown(heads, tables.versionTable());
        OverlappingRows.require(graph, heads, tables.versionTable().name());
        if (!settings.validateChecksums() || heads.isEmpty()) {
            return;
        }
        HistoryLog.AppliedChecksums recorded = tables.historyLog().appliedChecksums(connection);
        Set<String> applied = graph.ancestorsOf(heads);
        List<String> changed = new ArrayList<>();
        for (String revision : applied) {
            String was = recorded.checksums().get(revision);
            RevisionScript script = scripts.get(revision);
            if (was != null && script != null && script.checksum() != null && !was.equals(script.checksum())) {
                changed.add("revision " + revision + " (" + script.source() + ")");
            }
        }
        if (!changed.isEmpty()) {
            throw new MigrateException("Applied script" + (changed.size() > 1 ? "s have" : " has") + " changed since "
                    + (changed.size() > 1 ? "they were" : "it was") + " applied: " + String.join(", ", changed)
                    + ". Nothing was run. Restore the original file and put new changes in a new revision,"
                    + " or turn the check off (validate-checksums=false) if the edit does not change the schema.");
        }
        requireRecorded(applied, recorded, tables.historyLog(), heads);
    }

    /**
     * Refuses applied revisions that the history log has no row for (a truncated or pruned log):
     * their scripts could have been edited unnoticed. Revisions below a stamp are not missing:
     * they never ran here.
     */
    private void requireRecorded(Set<String> applied, HistoryLog.AppliedChecksums recorded, HistoryLog historyLog,
            List<String> heads) {
        List<String> stamped = recorded.stamped().stream()
                .filter(id -> graph.find(id).isPresent() || graph.squashedInto(id).isPresent()).toList();
        Set<String> belowStamps = stamped.isEmpty() ? Set.of() : graph.ancestorsOf(stamped);
        List<String> unrecorded = new ArrayList<>();
        for (String revision : applied) {
            RevisionScript script = scripts.get(revision);
            if (script != null && script.checksum() != null && !recorded.checksums().containsKey(revision)
                    && !belowStamps.contains(revision) && !ranAsOriginals(script, recorded)) {
                unrecorded.add(revision + " (" + script.source() + ")");
            }
        }
        if (unrecorded.isEmpty()) {
            return;
        }
        // The walk went from the heads down; list the oldest first.
        Collections.reverse(unrecorded);
        int shown = Math.min(unrecorded.size(), MAX_LISTED);
        throw new MigrateException("The history log " + historyLog.qualifiedName() + " has no record of "
                + unrecorded.size() + " applied revision" + (unrecorded.size() > 1 ? "s" : "") + ": "
                + String.join(", ", unrecorded.subList(0, shown))
                + (shown < unrecorded.size() ? ", … and " + (unrecorded.size() - shown) + " more" : "")
                + ". Without it, migrate cannot check that applied scripts were not edited (the log was probably"
                + " truncated or pruned). Nothing was run. If the scripts are the ones that were applied, record"
                + " them as such with migrate stamp --purge " + String.join(" ", heads) + "; or turn the check off"
                + " (validate_checksums=false).");
    }

    /** A squash that the database reached through the revisions it replaces: those have the rows. */
    private static boolean ranAsOriginals(RevisionScript script, HistoryLog.AppliedChecksums recorded) {
        return script.node().replaces().stream().anyMatch(recorded.checksums()::containsKey);
    }

    private void requireKnown(List<String> heads, VersionTable versionTable) {
        for (String head : heads) {
            if (!scripts.containsKey(head) && graph.squashedInto(head).isEmpty()) {
                throw new MigrateException("Can't locate revision identified by '" + head + "': the database's "
                        + versionTable.name() + " table records it, but no script in " + locationsText
                        + " defines it. Restore the missing script, or stamp the database at a revision the scripts know"
                        + " (stamp --purge).");
            }
        }
    }

    private LockHandle lock(Connection connection, Connection lockConnection, Tables tables) throws SQLException {
        DatabaseLock lock = tables.dialect().lock();
        String name = tables.dialect().lockName(tables.versionTable().schema(), tables.versionTable().name());
        long start = System.nanoTime();
        boolean taken = lock.tryAcquire(lockConnection, name);
        if (!taken) {
            listener.lockWaiting(lock.describe(name), lock.describeHolder(lockConnection, name));
            taken = lock.acquire(lockConnection, name, settings.lockTimeout());
        }
        if (!taken) {
            String holder = lock.describeHolder(lockConnection, name);
            throw new MigrateException("Could not take the migration lock (" + lock.describe(name) + ") within "
                    + settings.lockTimeout().toMillis() + " ms: another runner is migrating this database"
                    + (holder == null ? "" : "; it is held by " + holder)
                    + ". Nothing was run. Wait for it to finish, or raise the lock timeout.");
        }
        Duration waited = elapsedSince(start);
        listener.lockAcquired(lock.describe(name), waited);
        return new LockHandle(lock, lockConnection, name, waited);
    }

    private static void applyChanges(SqlSink sink, VersionTable versionTable, List<VersionChange> changes) {
        for (VersionChange change : changes) {
            VersionChanges.apply(sink, versionTable, change);
        }
    }

    private static List<String> stampedRevisions(List<VersionChange> changes) {
        return VersionChanges.reached(changes);
    }

    /**
     * The tables as the settings name them, for reads: an unqualified name reaches the same table
     * as {@link #resolvedTables} does, without asking the catalog, so a run with nothing to do
     * costs no more.
     */
    private Tables tables(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        return new Tables(dialect, new VersionTable(dialect, settings.schema(), settings.versionTable()),
                new HistoryLog(dialect, settings.schema(), settings.historyTable()));
    }

    /**
     * The tables by the schema-qualified names they resolve to on this connection, for work under
     * the lock: the lock's name and every statement then name one table, whatever the session's
     * search path.
     */
    private Tables resolvedTables(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        return new Tables(dialect,
                new VersionTable(dialect, schemaOf(connection, dialect, settings, settings.versionTable()),
                        settings.versionTable()),
                new HistoryLog(dialect, schemaOf(connection, dialect, settings, settings.historyTable()),
                        settings.historyTable()));
    }

    private static String schemaOf(Connection connection, Dialect dialect, MigrateSettings settings, String table)
            throws SQLException {
        return settings.schema() != null ? settings.schema() : dialect.schemaOf(connection, table);
    }

    /** The name of the lock runners with these settings take on the connection's database. */
    public static String lockName(Connection connection, MigrateSettings settings) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        return dialect.lockName(schemaOf(connection, dialect, settings, settings.versionTable()),
                settings.versionTable());
    }

    private <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new MigrateException("Database error: " + e.getMessage(), e);
        }
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The runner's tables on one connection's database. */
    private record Tables(Dialect dialect, VersionTable versionTable, HistoryLog historyLog) {

        /**
         * Creates the version table and history log on first use; called only under the lock.
         * Returns the heads the version table records now, so the caller need not read it again.
         */
        List<String> createMissing(Connection connection) throws SQLException {
            java.util.Optional<List<String>> heads = versionTable.read(connection);
            HistoryLog.Shape history = historyLog.inspect(connection);
            if (heads.isPresent() && history == HistoryLog.Shape.CURRENT) {
                return heads.get();
            }
            try (JdbcSink sink = new JdbcSink(connection, dialect)) {
                if (heads.isEmpty()) {
                    versionTable.create(sink);
                }
                if (history == HistoryLog.Shape.MISSING) {
                    historyLog.create(sink);
                } else if (history == HistoryLog.Shape.WITHOUT_TAG) {
                    // a log made by an earlier version of migrate gets the column when it is next written
                    historyLog.addTagColumn(sink);
                }
            }
            return heads.orElse(List.of());
        }
    }

    /** A held lock; releasing it never hides the error that ended the run. */
    private record LockHandle(DatabaseLock lock, Connection connection, String name, Duration waited) {

        void release() {
            try {
                lock.release(connection, name);
            } catch (SQLException e) {
                // The session ends when the connection closes, which frees the lock anyway.
            }
        }
    }

    /** The per-step loop of one run. */
    private final class StepLoop {

        private final Connection connection;
        private final Tables tables;
        private final String direction;
        private final String tag;
        private final HeadsTracker tracker;
        private final JdbcSink sink;
        private final SinkOperations operations;
        private final Connection lockConnection;

        StepLoop(Connection connection, Tables tables, List<String> heads, String direction, String tag,
                Connection lockConnection) {
            this.connection = connection;
            this.lockConnection = lockConnection;
            this.tables = tables;
            this.direction = direction;
            this.tag = tag;
            this.tracker = new HeadsTracker(graph, heads);
            this.sink = new JdbcSink(connection, tables.dialect());
            this.operations = new SinkOperations(sink, tables.dialect());
        }

        List<MigrationStepInfo> apply(List<MigrationStep> steps) {
            splitAllFirst(steps);
            boolean oneTransaction = !settings.transactionPerMigration();
            List<MigrationStepInfo> applied = new ArrayList<>();
            long runStart = System.nanoTime();
            listener.runStarting(direction, steps.size());
            boolean success = false;
            try (DdlLockGuard lockGuard = DdlLockGuard.open(connection, lockConnection, tables.dialect().name(), settings)) {
                if (oneTransaction) {
                    sink.begin();
                }
                for (int i = 0; i < steps.size(); i++) {
                    MigrationStep step = steps.get(i);
                    int index = i + 1;
                    applied.add(lockGuard.run(() -> applyStep(step, index, steps.size(), oneTransaction),
                            () -> nothingStayed(step, oneTransaction)));
                }
                if (oneTransaction) {
                    sink.commit();
                }
                success = true;
                return applied;
            } catch (SQLException e) {
                throw new StatementFailedException("(setting ddl_lock_timeout on the session)", e);
            } finally {
                sink.close();
                listener.runFinished(direction, success ? applied.size() : applied.size(), elapsedSince(runStart), success);
            }
        }

        /**
         * Whether a failed attempt at {@code step} left nothing behind, so it may be tried again:
         * rolled back whole (transactional DDL), or failed at its first statement (on MariaDB a DDL
         * statement commits what ran before it, so only a first statement is safe to repeat).
         */
        private boolean nothingStayed(MigrationStep step, boolean oneTransaction) {
            if (oneTransaction || step.isStamp()) {
                return false;
            }
            boolean transactional = scripts.get(step.revision().id()).transactional();
            return (tables.dialect().transactionalDdl() && transactional) || operations.executedStatements().isEmpty();
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

        private MigrationStepInfo applyStep(MigrationStep step, int index, int total, boolean oneTransaction) {
            RevisionScript script = scripts.get(step.revision().id());
            if (step.isStamp()) {
                return applyStamp(step, script, index, total, oneTransaction);
            }
            MigrationStepInfo info = new MigrationStepInfo(script.id(), direction, step.fromRevisions(),
                    step.toRevisions(), script.node().message(), script.source());
            listener.stepStarting(info, index, total);
            long start = System.nanoTime();
            operations.startStep(script.id());
            boolean transactional = script.transactional();
            // Where the revision's effects can outlive a rollback, its start is logged first.
            boolean canBePartial = !(tables.dialect().transactionalDdl() && transactional);
            Long startedRow = null;
            try {
                if (!transactional && oneTransaction) {
                    sink.commit();
                }
                if (canBePartial) {
                    startedRow = tables.historyLog().recordStarted(sink, entry(info, script, Duration.ZERO, false));
                }
                if (transactional && !oneTransaction) {
                    sink.begin();
                }
                if (step.isUpgrade()) {
                    script.migration().upgrade(operations);
                } else {
                    script.migration().downgrade(operations);
                }
                if (!transactional) {
                    sink.begin();
                }
                applyChanges(sink, tables.versionTable(), tracker.apply(step));
                Duration elapsed = elapsedSince(start);
                if (startedRow != null) {
                    tables.historyLog().finish(sink, startedRow, elapsed, true);
                } else {
                    tables.historyLog().record(sink, entry(info, script, elapsed, true));
                }
                if (!oneTransaction || !transactional) {
                    sink.commit();
                }
                if (!transactional && oneTransaction) {
                    sink.begin();
                }
                listener.stepCompleted(info, index, total, elapsed);
                return info;
            } catch (SQLException e) {
                RuntimeException error = new StatementFailedException("(logging the start of " + info.revision() + ")", e);
                throw reportFailure(info, script, error, oneTransaction, start, index, total, null);
            } catch (RuntimeException e) {
                throw reportFailure(info, script, e, oneTransaction, start, index, total, startedRow);
            }
        }

        /** Records a database that reached the end of a squashed range at the squashed revision. */
        private MigrationStepInfo applyStamp(MigrationStep step, RevisionScript script, int index, int total,
                boolean oneTransaction) {
            MigrationStepInfo info = new MigrationStepInfo(script.id(), "stamp", step.fromRevisions(),
                    step.toRevisions(), script.node().message(), script.source());
            listener.stepStarting(info, index, total);
            if (!oneTransaction) {
                sink.begin();
            }
            try {
                applyChanges(sink, tables.versionTable(), tracker.apply(step));
                tables.historyLog().record(sink, new HistoryLog.Entry(info.revision(), "stamp", info.from(), info.to(),
                        info.message(), info.source(), script.checksum(), Duration.ZERO, true, tag));
                if (!oneTransaction) {
                    sink.commit();
                }
            } catch (RuntimeException e) {
                throw reportFailure(info, script, e, oneTransaction, System.nanoTime(), index, total, null);
            }
            listener.stepCompleted(info, index, total, Duration.ZERO);
            return info;
        }

        private MigrationFailedException reportFailure(MigrationStepInfo info, RevisionScript script, RuntimeException error,
                boolean oneTransaction, long start, int index, int total, Long startedRow) {
            Duration elapsed = elapsedSince(start);
            MigrationFailedException failure = failure(info, script, error, oneTransaction, elapsed, startedRow);
            listener.stepFailed(info, index, total, elapsed, failure);
            return failure;
        }

        private HistoryLog.Entry entry(MigrationStepInfo info, RevisionScript script, Duration elapsed, boolean success) {
            return new HistoryLog.Entry(info.revision(), direction, info.from(), info.to(), info.message(), info.source(),
                    script.checksum(), elapsed, success, tag);
        }

        /** Rolls back, records the failure, and says exactly where the database is now. */
        private MigrationFailedException failure(MigrationStepInfo info, RevisionScript script, RuntimeException error,
                boolean oneTransaction, Duration elapsed, Long startedRow) {
            StatementFailedException failed = causeOfType(error, StatementFailedException.class);
            ScriptStatementException located = causeOfType(error, ScriptStatementException.class);
            String statement = failed == null ? null : failed.sql();
            String databaseMessage = failed == null ? String.valueOf(error.getMessage()) : failed.sqlException().getMessage();
            List<String> ranBeforeFailure = operations.executedStatements();
            try {
                sink.rollback();
            } catch (RuntimeException rollbackFailure) {
                error.addSuppressed(rollbackFailure);
            }
            boolean transactionalDdl = tables.dialect().transactionalDdl() && script.transactional();
            Optional<AppliedRevision> earlier = Optional.empty();
            try {
                // Only where an attempt can leave part of itself behind is an earlier one worth naming.
                if (!transactionalDdl) {
                    earlier = tables.historyLog().earlierUnfinished(connection, info.revision(), startedRow);
                }
            } catch (SQLException | RuntimeException readFailure) {
                error.addSuppressed(readFailure);
            }
            try {
                if (startedRow != null) {
                    tables.historyLog().finish(sink, startedRow, elapsed, false);
                } else {
                    tables.historyLog().record(sink, entry(info, script, elapsed, false));
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
            message.append(capitalize(direction)).append(" of revision ").append(info.revision()).append(" (")
                    .append(info.source()).append(") failed");
            if (statement != null) {
                message.append(" at statement").append(located == null ? "" : " (" + located.location() + ")")
                        .append(":\n    ").append(statement.strip()).append('\n');
            } else {
                message.append(": ");
            }
            message.append(statement != null ? "Database error: " : "").append(databaseMessage).append('\n');
            if (transactionalDdl) {
                message.append("The revision was rolled back");
                if (oneTransaction) {
                    message.append(" together with the whole run (one transaction)");
                }
                message.append("; the database is at ").append(where).append('.');
            } else {
                message.append("The version table records ").append(where)
                        .append(", the last completed revision. ");
                message.append(PartialRevisionReport.describe(tables.dialect(), info.revision(), ranBeforeFailure,
                        statement, script.transactional()));
            }
            // An earlier attempt that was killed may have left what this one trips over.
            earlier.ifPresent(attempt -> message.append("\nAn earlier attempt may have left part of it: ")
                    .append(attempt.unfinishedWarning()));
            return new MigrationFailedException(message.toString(), error, info.revision(), info.source(), statement, heads);
        }
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
