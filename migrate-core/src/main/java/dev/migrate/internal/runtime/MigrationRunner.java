package dev.migrate.internal.runtime;

import dev.migrate.AppliedRevision;
import dev.migrate.Direction;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.MigrateSettings;
import dev.migrate.MigrationListener;
import dev.migrate.MigrationResult;
import dev.migrate.MigrationStepInfo;
import dev.migrate.internal.dialect.DatabaseLock;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.graph.HeadsTracker;
import dev.migrate.internal.script.graph.MigrationStep;
import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.StampStep;
import dev.migrate.internal.script.graph.VersionChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.sql.DataSource;

/**
 * Runs the steps the graph gives, online: reads the heads, takes the lock, re-reads them (a
 * waiter that finds the work done does nothing), checks that the scripts explain the database,
 * then hands the steps to the {@link StepLoop} shared with offline scripts, over a {@link JdbcSink}
 * with {@link OnlineStepHooks} (listeners, failure report).
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

    public MigrationRunner(
            DataSource dataSource,
            MigrateSettings settings,
            RevisionGraph graph,
            Map<String, RevisionScript> scripts,
            List<MigrationListener> listeners) {
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
        return run(Direction.UPGRADE, tag, (heads, g) -> g.upgradeSteps(heads, target));
    }

    public MigrationResult downgrade(String target) {
        return downgrade(target, null);
    }

    /** @param tag written into every history row of the run, or {@code null} */
    public MigrationResult downgrade(String target, String tag) {
        return run(Direction.DOWNGRADE, tag, (heads, g) -> g.downgradeSteps(heads, target));
    }

    /** The database's heads; empty at base or when there is no version table yet. */
    public List<String> current() {
        return withConnection(
                connection -> tables(connection).versionTable().read(connection).orElse(List.of()));
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

    /**
     * The database's heads and history, read on one connection: {@code current}, the health indicator
     * and the actuator ask for both each time, and a connection costs more than the queries.
     *
     * @param wholeHistory whether to read the whole history log; otherwise only the unfinished
     *                     attempts are read, with the one query that returns just them
     */
    public DatabaseState state(boolean wholeHistory) {
        return withConnection(connection -> {
            MigrationTables tables = tables(connection);
            List<String> heads = tables.versionTable().read(connection).orElse(List.of());
            if (!wholeHistory) {
                return new DatabaseState(heads, List.of(), tables.historyLog().unfinished(connection));
            }
            List<AppliedRevision> history = tables.historyLog().read(connection).orElse(List.of());
            return new DatabaseState(heads, history, HistoryLog.unfinished(history));
        });
    }

    /**
     * @param heads      the database's heads; empty at base or when there is no version table yet
     * @param history    the history log, oldest first, when it was asked for; else empty
     * @param unfinished steps that failed or were interrupted and have not run successfully since
     */
    public record DatabaseState(List<String> heads, List<AppliedRevision> history, List<AppliedRevision> unfinished) {}

    /** The history log, oldest first. */
    public List<AppliedRevision> appliedHistory() {
        return withConnection(
                connection -> tables(connection).historyLog().read(connection).orElse(List.of()));
    }

    /** Creates the version table and history log when they are missing, under the lock (Alembic's ensure_version). */
    public void ensureVersion() {
        withConnection(connection -> {
            MigrationTables tables = resolvedTables(connection);
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
            MigrationTables tables = resolvedTables(connection);
            Connection lockConnection = dataSource.getConnection();
            try (lockConnection) {
                LockHandle lock = lock(connection, lockConnection, tables);
                try {
                    List<String> heads = tables.createMissing(connection);
                    if (!purge) {
                        requireKnown(heads, tables.versionTable());
                        OverlappingRows.require(
                                graph, heads, tables.versionTable().name());
                    }
                    List<MigrationStepInfo> moves = new ArrayList<>();
                    HeadsTracker tracker = new HeadsTracker(graph, heads);
                    List<VersionChange> changes =
                            tracker.stamp(heads, targets, purge, move -> moves.add(stampInfo(move)));
                    OverlappingRows.requireForStamp(graph, targets, tracker.heads());
                    try (JdbcSink sink = new JdbcSink(connection, tables.dialect())) {
                        try {
                            for (int i = 0; i < moves.size(); i++) {
                                listener.stepStarting(moves.get(i), i + 1, moves.size());
                            }
                            new StepLoop(sink, tables, scripts, tracker, true, Direction.STAMP, tag, StepHooks.NONE)
                                    .stamp(changes, heads);
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
        return new MigrationStepInfo(
                revision,
                Direction.STAMP,
                move.fromRevisions(),
                move.toRevisions(),
                "",
                script == null ? "" : script.source());
    }

    private MigrationResult run(
            Direction direction,
            String tag,
            BiFunction<Collection<String>, RevisionGraph, List<MigrationStep>> planner) {
        long started = System.nanoTime();
        return withConnection(connection -> {
            MigrationTables tables = tables(connection);
            requireRunWideTransactionPossible(tables.dialect());
            List<String> headsBefore = tables.versionTable().read(connection).orElse(List.of());
            verify(connection, tables, headsBefore, direction);
            List<MigrationStep> steps = planner.apply(headsBefore, graph);
            if (steps.isEmpty()) {
                return new MigrationResult(List.of(), headsBefore, headsBefore, Duration.ZERO, elapsedSince(started));
            }
            // The unqualified reads above reach the same tables; from here on every statement names them.
            MigrationTables resolved = resolvedTables(connection);
            try (Connection lockConnection = dataSource.getConnection()) {
                LockHandle lock = lock(connection, lockConnection, resolved);
                try {
                    // Another runner may have done the work while this one waited.
                    List<String> heads = resolved.createMissing(connection);
                    if (!heads.equals(headsBefore)) {
                        verify(connection, resolved, heads, direction);
                        steps = planner.apply(heads, graph);
                    }
                    List<MigrationStepInfo> applied =
                            applySteps(connection, lockConnection, resolved, heads, steps, direction, tag);
                    List<String> headsAfter =
                            resolved.versionTable().read(connection).orElse(List.of());
                    return new MigrationResult(applied, headsBefore, headsAfter, lock.waited(), elapsedSince(started));
                } finally {
                    lock.release();
                }
            }
        });
    }

    /** The one step loop, online: through a JDBC sink, with the listeners and the failure report as hooks. */
    private List<MigrationStepInfo> applySteps(
            Connection connection,
            Connection lockConnection,
            MigrationTables tables,
            List<String> heads,
            List<MigrationStep> steps,
            Direction direction,
            String tag) {
        try (JdbcSink sink = new JdbcSink(connection, tables.dialect());
                DdlLockGuard lockGuard = DdlLockGuard.open(connection, lockConnection, tables.dialect(), settings)) {
            StepHooks hooks = new OnlineStepHooks(connection, tables, sink, listener, direction, tag, lockGuard);
            return new StepLoop(
                            sink,
                            tables,
                            scripts,
                            new HeadsTracker(graph, heads),
                            settings.transactionPerMigration(),
                            direction,
                            tag,
                            hooks)
                    .run(steps, opening -> {});
        } catch (SQLException e) {
            throw new StatementFailedException("(setting ddl_lock_timeout on the session)", e);
        }
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
        throw new MigrateException(
                ErrorKind.BAD_CONFIGURATION,
                "transaction_per_migration=false (Spring Boot: migrate.transaction-per-migration;"
                        + " API: transactionPerMigration(false)) asks for one transaction around the whole run, which "
                        + dialect.name()
                        + " cannot give: its DDL commits the open transaction, so a failing revision could"
                        + " not undo the revisions before it, and the version table would not say which of them stayed."
                        + " Nothing was run. Remove the setting: each revision then commits together with its version-table"
                        + " update, so the database always records exactly what is applied.");
    }

    /** Refuses to run on a database whose state the scripts cannot explain. */
    private void verify(Connection connection, MigrationTables tables, List<String> heads, Direction direction)
            throws SQLException {
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
            throw new MigrateException(
                    ErrorKind.CHECKSUM_MISMATCH,
                    "Applied script" + (changed.size() > 1 ? "s have" : " has") + " changed since "
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
    private void requireRecorded(
            Set<String> applied, HistoryLog.AppliedChecksums recorded, HistoryLog historyLog, List<String> heads) {
        List<String> stamped = recorded.stamped().stream()
                .filter(id ->
                        graph.find(id).isPresent() || graph.squashedInto(id).isPresent())
                .toList();
        Set<String> belowStamps = stamped.isEmpty() ? Set.of() : graph.ancestorsOf(stamped);
        List<String> unrecorded = new ArrayList<>();
        for (String revision : applied) {
            RevisionScript script = scripts.get(revision);
            if (script != null
                    && script.checksum() != null
                    && !recorded.checksums().containsKey(revision)
                    && !belowStamps.contains(revision)
                    && !ranAsOriginals(script, recorded)) {
                unrecorded.add(revision + " (" + script.source() + ")");
            }
        }
        if (unrecorded.isEmpty()) {
            return;
        }
        // The walk went from the heads down; list the oldest first.
        Collections.reverse(unrecorded);
        int shown = Math.min(unrecorded.size(), MAX_LISTED);
        throw new MigrateException(
                ErrorKind.MISSING_HISTORY,
                "The history log " + historyLog.qualifiedName() + " has no record of "
                        + unrecorded.size() + " applied revision" + (unrecorded.size() > 1 ? "s" : "") + ": "
                        + String.join(", ", unrecorded.subList(0, shown))
                        + (shown < unrecorded.size() ? ", … and " + (unrecorded.size() - shown) + " more" : "")
                        + ". Without it, migrate cannot check that applied scripts were not edited (the log was probably"
                        + " truncated or pruned). Nothing was run. If the scripts are the ones that were applied, record"
                        + " them as such with migrate stamp --purge " + String.join(" ", heads)
                        + "; or turn the check off"
                        + " (validate_checksums=false).");
    }

    /** A squash that the database reached through the revisions it replaces: those have the rows. */
    private static boolean ranAsOriginals(RevisionScript script, HistoryLog.AppliedChecksums recorded) {
        return script.node().replaces().stream().anyMatch(recorded.checksums()::containsKey);
    }

    private void requireKnown(List<String> heads, VersionTable versionTable) {
        for (String head : heads) {
            if (!graph.knows(head)) {
                throw new MigrateException(
                        ErrorKind.UNKNOWN_REVISION,
                        "Can't locate revision identified by '" + head + "': the database's "
                                + versionTable.name() + " table records it, but no script in " + locationsText
                                + " defines it. Restore the missing script, or stamp the database at a revision the scripts know"
                                + " (stamp --purge).");
            }
        }
    }

    private LockHandle lock(Connection connection, Connection lockConnection, MigrationTables tables)
            throws SQLException {
        DatabaseLock lock = tables.dialect().lock();
        String name = tables.dialect()
                .lockName(tables.versionTable().schema(), tables.versionTable().name());
        long start = System.nanoTime();
        boolean taken = lock.tryAcquire(lockConnection, name);
        if (!taken) {
            listener.lockWaiting(lock.describe(name), lock.describeHolder(lockConnection, name));
            taken = lock.acquire(lockConnection, name, settings.lockTimeout());
        }
        if (!taken) {
            String holder = lock.describeHolder(lockConnection, name);
            throw new MigrateException(
                    ErrorKind.LOCK_TIMEOUT,
                    "Could not take the migration lock (" + lock.describe(name) + ") within "
                            + settings.lockTimeout().toMillis() + " ms: another runner is migrating this database"
                            + (holder == null ? "" : "; it is held by " + holder)
                            + ". Nothing was run. Wait for it to finish, or raise the lock timeout.");
        }
        Duration waited = elapsedSince(start);
        listener.lockAcquired(lock.describe(name), waited);
        return new LockHandle(lock, lockConnection, name, waited);
    }

    /**
     * The tables as the settings name them, for reads: an unqualified name reaches the same table
     * as {@link #resolvedTables} does, without asking the catalog, so a run with nothing to do
     * costs no more.
     */
    private MigrationTables tables(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        return new MigrationTables(
                dialect,
                new VersionTable(dialect, settings.schema(), settings.versionTable()),
                new HistoryLog(dialect, settings.schema(), settings.historyTable()));
    }

    /**
     * The tables by the schema-qualified names they resolve to on this connection, for work under
     * the lock: the lock's name and every statement then name one table, whatever the session's
     * search path.
     */
    private MigrationTables resolvedTables(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        return new MigrationTables(
                dialect,
                new VersionTable(
                        dialect,
                        schemaOf(connection, dialect, settings, settings.versionTable()),
                        settings.versionTable()),
                new HistoryLog(
                        dialect,
                        schemaOf(connection, dialect, settings, settings.historyTable()),
                        settings.historyTable()));
    }

    private static String schemaOf(Connection connection, Dialect dialect, MigrateSettings settings, String table)
            throws SQLException {
        return settings.schema() != null ? settings.schema() : dialect.schemaOf(connection, table);
    }

    /** The name of the lock runners with these settings take on the connection's database. */
    public static String lockName(Connection connection, MigrateSettings settings) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        return dialect.lockName(
                schemaOf(connection, dialect, settings, settings.versionTable()), settings.versionTable());
    }

    private <T> T withConnection(SqlWork<T> work) {
        Connection opened;
        try {
            opened = dataSource.getConnection();
        } catch (SQLException e) {
            throw new MigrateException(ErrorKind.CONNECTION_FAILED, "Database error: " + e.getMessage(), e);
        }
        try (Connection connection = opened) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new MigrateException(ErrorKind.DATABASE_ERROR, "Database error: " + e.getMessage(), e);
        }
    }

    private static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
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
}
