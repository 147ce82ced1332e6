package dev.migrate.internal.runtime;

import dev.migrate.BadInputException;
import dev.migrate.Direction;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.graph.HeadsTracker;
import dev.migrate.internal.script.graph.MigrationStep;
import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.VersionChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Offline mode ({@code --sql}): writes the script an online run would execute — the revisions'
 * statements, the version table's creation when starting from base, its INSERT/UPDATE/DELETE
 * exactly as online, and the history rows — without a database. The statements come from the same
 * {@link StepLoop} as an online run's, over a {@link ScriptSink}.
 */
public final class OfflineRunner {

    private final Dialect dialect;
    private final MigrateSettings settings;
    private final RevisionGraph graph;
    private final Map<String, RevisionScript> scripts;

    public OfflineRunner(
            Dialect dialect, MigrateSettings settings, RevisionGraph graph, Map<String, RevisionScript> scripts) {
        this.dialect = dialect;
        this.settings = settings;
        this.graph = graph;
        this.scripts = scripts;
    }

    /** {@code range} is {@code start:end} or {@code end} (from base), as Alembic's {@code upgrade --sql}. */
    public void upgrade(String range, Appendable out) {
        upgrade(range, null, out);
    }

    /**
     * {@code range} is {@code start:end} or {@code end} (from base), as Alembic's {@code upgrade --sql}.
     *
     * @param tag written into the script's history rows, or {@code null}
     */
    public void upgrade(String range, String tag, Appendable out) {
        Range r = Range.parse(range, "upgrade", false);
        List<String> startHeads = r.start() == null ? List.of() : startOf(r.start());
        write(out, startHeads, graph.upgradeSteps(startHeads, r.end()), Direction.UPGRADE, tag);
    }

    /**
     * The version table's row at the start of an offline range: an id inside a squashed range is
     * kept as it is, so the script first brings it to the squashed revision as an online run would.
     */
    private List<String> startOf(String start) {
        if (graph.find(start).isEmpty() && graph.squashedInto(start).isPresent()) {
            return List.of(start);
        }
        return new ArrayList<>(graph.resolve(start));
    }

    /** {@code range} must be {@code start:end}: offline there is no database to say where it starts. */
    public void downgrade(String range, Appendable out) {
        downgrade(range, null, out);
    }

    /** As {@link #downgrade(String, Appendable)}, with {@code tag} in the history rows ({@code null}: none). */
    public void downgrade(String range, String tag, Appendable out) {
        Range r = Range.parse(range, "downgrade", true);
        List<String> startHeads = startOf(r.start());
        write(out, startHeads, graph.downgradeSteps(startHeads, r.end()), Direction.DOWNGRADE, tag);
    }

    /**
     * The statements that record {@code targets} without running them, as {@code stamp --sql}:
     * from base (creating the version table and history log first), or from the start of a
     * single {@code start:end} target.
     */
    public void stamp(List<String> targets, boolean purge, Appendable out) {
        stamp(targets, purge, null, out);
    }

    /** As {@link #stamp(List, boolean, Appendable)}, with {@code tag} in the history rows ({@code null}: none). */
    public void stamp(List<String> targets, boolean purge, String tag, Appendable out) {
        List<String> startHeads = List.of();
        List<String> ends = targets;
        if (targets.size() == 1 && targets.get(0).contains(":")) {
            Range range = Range.parse(targets.get(0), "stamp", false);
            startHeads = range.start() == null ? List.of() : new ArrayList<>(graph.resolve(range.start()));
            ends = List.of(range.end());
        }
        // Planned before anything is written, so a refused stamp leaves no half script.
        HeadsTracker tracker = new HeadsTracker(graph, startHeads);
        List<VersionChange> changes = tracker.stamp(startHeads, ends, purge);
        OverlappingRows.requireForStamp(graph, ends, tracker.heads());
        ScriptSink sink = script(out);
        MigrationTables tables = tables();
        if (startHeads.isEmpty()) {
            tables.create(sink);
        } else if (tag != null) {
            tables.historyLog().addTagColumnIfMissing(sink);
        }
        new StepLoop(sink, tables, scripts, tracker, true, Direction.STAMP, tag, StepHooks.NONE)
                .stamp(changes, startHeads);
    }

    /** The version table and history log, as {@code ensure_version --sql} writes them. */
    public void ensureVersion(Appendable out) {
        tables().create(script(out));
    }

    /** The one step loop, offline: through a script sink, without hooks. */
    private void write(
            Appendable out, List<String> startHeads, List<MigrationStep> steps, Direction direction, String tag) {
        ScriptSink sink = script(out);
        MigrationTables tables = tables();
        new StepLoop(
                        sink,
                        tables,
                        scripts,
                        new HeadsTracker(graph, startHeads),
                        settings.transactionPerMigration(),
                        direction,
                        tag,
                        StepHooks.NONE)
                .run(steps, opening -> {
                    if (startHeads.isEmpty() && direction == Direction.UPGRADE) {
                        tables.create(opening);
                    } else if (tag != null) {
                        // the log may have been made by an earlier version of migrate, without the tag column
                        tables.historyLog().addTagColumnIfMissing(opening);
                    }
                });
    }

    /** A new script, opened with what the dialect needs first (MariaDB's connection character set). */
    private ScriptSink script(Appendable out) {
        ScriptSink sink = new ScriptSink(out, dialect);
        dialect.scriptPreamble().forEach(sink::execute);
        return sink;
    }

    private MigrationTables tables() {
        return new MigrationTables(
                dialect,
                new VersionTable(dialect, settings.schema(), settings.versionTable()),
                new HistoryLog(dialect, settings.schema(), settings.historyTable()));
    }

    /** A {@code start:end} argument of offline mode. */
    record Range(String start, String end) {

        static Range parse(String text, String command, boolean startRequired) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                if (startRequired) {
                    throw new BadInputException(
                            ErrorKind.BAD_USAGE, command + " with --sql requires <fromrev>:<torev>");
                }
                return new Range(null, text);
            }
            String start = text.substring(0, colon);
            String end = text.substring(colon + 1);
            if (end.isEmpty() || (startRequired && start.isEmpty())) {
                throw new BadInputException(ErrorKind.BAD_USAGE, command + " with --sql requires <fromrev>:<torev>");
            }
            return new Range(start.isEmpty() || start.equals("base") ? null : start, end);
        }
    }
}
