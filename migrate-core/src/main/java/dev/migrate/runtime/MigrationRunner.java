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
import java.util.List;
import java.util.Map;

import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * Runs the steps the graph gives, online: reads the heads, takes the lock, re-reads them (a
 * waiter that finds the work done does nothing), then for each step begins a transaction, runs
 * the revision, updates the version table and the history log, and commits.
 */
public final class MigrationRunner {

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
            List<String> heads = tables(connection).versionTable().read(connection).orElse(List.of());
            requireKnown(heads, tables(connection).versionTable());
            return graph.upgradeSteps(heads, target);
        });
    }

    /** Steps that failed or were interrupted and have not run successfully since. */
    public List<AppliedRevision> unfinishedAttempts() {
        return HistoryLog.unfinished(appliedHistory());
    }

    /** The history log, oldest first. */
    public List<AppliedRevision> appliedHistory() {
        return withConnection(connection -> tables(connection).historyLog().read(connection).orElse(List.of()));
    }

    /** Creates the version table and history log when they are missing, under the lock (Alembic's ensure_version). */
    public void ensureVersion() {
        withConnection(connection -> {
            Tables tables = tables(connection);
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
            Tables tables = tables(connection);
            Connection lockConnection = dataSource.getConnection();
            try (lockConnection) {
                LockHandle lock = lock(connection, lockConnection, tables);
                try {
                    List<String> heads = tables.createMissing(connection);
                    if (!purge) {
                        requireKnown(heads, tables.versionTable());
                    }
                    List<MigrationStepInfo> moves = new ArrayList<>();
                    List<VersionChange> changes = new HeadsTracker(graph, heads).stamp(heads, targets, purge,
                            move -> moves.add(stampInfo(move)));
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
            List<String> headsBefore = tables.versionTable().read(connection).orElse(List.of());
            verify(connection, tables, headsBefore, direction);
            List<MigrationStep> steps = planner.apply(headsBefore, graph);
            if (steps.isEmpty()) {
                return new MigrationResult(List.of(), headsBefore, headsBefore, Duration.ZERO, elapsedSince(started));
            }
            try (Connection lockConnection = dataSource.getConnection()) {
                LockHandle lock = lock(connection, lockConnection, tables);
                try {
                    // Another runner may have done the work while this one waited.
                    List<String> heads = tables.createMissing(connection);
                    if (!heads.equals(headsBefore)) {
                        verify(connection, tables, heads, direction);
                        steps = planner.apply(heads, graph);
                    }
                    List<MigrationStepInfo> applied = new StepLoop(connection, tables, heads, direction, tag).apply(steps);
                    List<String> headsAfter = tables.versionTable().read(connection).orElse(List.of());
                    return new MigrationResult(applied, headsBefore, headsAfter, lock.waited(), elapsedSince(started));
                } finally {
                    lock.release();
                }
            }
        });
    }

    /** Refuses to run on a database whose state the scripts cannot explain. */
    private void verify(Connection connection, Tables tables, List<String> heads, String direction) throws SQLException {
        requireKnown(heads, tables.versionTable());
        if (!settings.validateChecksums() || heads.isEmpty()) {
            return;
        }
        Map<String, String> recorded = tables.historyLog().appliedChecksums(connection);
        if (recorded.isEmpty()) {
            return;
        }
        List<String> changed = new ArrayList<>();
        for (String revision : graph.ancestorsOf(heads)) {
            String was = recorded.get(revision);
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
        String name = tables.lockName();
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

    private Tables tables(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        return new Tables(dialect, new VersionTable(dialect, settings.schema(), settings.versionTable()),
                new HistoryLog(dialect, settings.schema(), settings.historyTable()), lockName(connection, settings));
    }

    /** The name of the lock runners with these settings take on the connection's database. */
    public static String lockName(Connection connection, MigrateSettings settings) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        // MySQL-family "schemas" are catalogs; the others report their schema.
        String namespace = dialect.name().equals("mariadb") ? connection.getCatalog() : connection.getSchema();
        return dialect.lockName(namespace, settings.schema(), settings.versionTable());
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
    private record Tables(Dialect dialect, VersionTable versionTable, HistoryLog historyLog, String lockName) {

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

        StepLoop(Connection connection, Tables tables, List<String> heads, String direction, String tag) {
            this.connection = connection;
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
            try {
                if (oneTransaction) {
                    sink.begin();
                }
                for (int i = 0; i < steps.size(); i++) {
                    applied.add(applyStep(steps.get(i), i + 1, steps.size(), oneTransaction));
                }
                if (oneTransaction) {
                    sink.commit();
                }
                success = true;
                return applied;
            } finally {
                sink.close();
                listener.runFinished(direction, success ? applied.size() : applied.size(), elapsedSince(runStart), success);
            }
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
            boolean transactionalDdl = tables.dialect().transactionalDdl() && script.transactional();
            if (transactionalDdl) {
                message.append("The revision was rolled back");
                if (oneTransaction) {
                    message.append(" together with the whole run (one transaction)");
                }
                message.append("; the database is at ").append(where).append('.');
            } else {
                message.append("The version table records ").append(where)
                        .append(", the last completed revision. ");
                if (ranBeforeFailure.isEmpty()) {
                    message.append("No statement of ").append(info.revision()).append(" completed before the failure.");
                } else {
                    message.append(tables.dialect().transactionalDdl() ? "This revision runs outside a transaction"
                            : "DDL on " + tables.dialect().name() + " commits as it runs")
                            .append(", so its DDL may be partly applied: these statements of ").append(info.revision())
                            .append(" completed and were not rolled back:");
                    for (String sql : ranBeforeFailure) {
                        message.append("\n    ").append(sql.strip());
                    }
                    message.append("\nUndo them by hand (or make the revision tolerate them) before retrying.");
                }
            }
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
