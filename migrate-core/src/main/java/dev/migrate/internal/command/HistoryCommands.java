package dev.migrate.internal.command;

import dev.migrate.AppliedRevision;
import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.runtime.OverlappingRows;
import dev.migrate.internal.script.graph.GraphRevision;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * {@code history}, {@code heads}, {@code branches}, {@code show} and {@code current}: the revisions
 * and the database's place among them, printed exactly as Alembic prints them. The database's
 * current heads are asked for only when the command needs them.
 */
public final class HistoryCommands {

    /** {@code branches}: a branch point with its branch names and markers. */
    private static final RevisionText.Options BRANCH_POINT = new RevisionText.Options(true, false, false, true, true);

    private final ScriptGraph scripts;
    private final RevisionGraph graph;
    private final Console console;
    private final Supplier<List<AppliedRevision>> unfinished;

    public HistoryCommands(ScriptGraph scripts, Console console) {
        this(scripts, console, List::of);
    }

    /**
     * @param unfinished the attempts that did not complete ({@code Migrate.unfinishedAttempts()}),
     *                   asked for only by the commands that read the database's heads
     */
    public HistoryCommands(ScriptGraph scripts, Console console, Supplier<List<AppliedRevision>> unfinished) {
        this.scripts = scripts;
        this.graph = scripts.graph();
        this.console = console;
        this.unfinished = unfinished;
    }

    /**
     * {@code history [-r start:end] [-v] [-i]}; either end may be {@code current}.
     *
     * @param currents the database's heads, asked for with {@code -i} or a {@code current} end
     */
    public void history(String range, boolean verbose, boolean indicateCurrent, Supplier<List<String>> currents) {
        history(range, verbose, indicateCurrent, currents, List::of);
    }

    /**
     * {@code history} whose verbose entries also show, per revision, the tagged runs that applied
     * it ({@code Tag: v1.4.2 (upgrade 2026-12-06T01:50:03Z)}), read from the history log.
     *
     * @param appliedHistory the history log's rows, asked for only with {@code verbose}
     */
    public void history(
            String range,
            boolean verbose,
            boolean indicateCurrent,
            Supplier<List<String>> currents,
            Supplier<List<AppliedRevision>> appliedHistory) {
        List<String> base = List.of("base");
        List<String> head = List.of("heads");
        if (range != null) {
            String[] ends = range.strip().split(":", -1);
            if (ends.length != 2) {
                throw new BadInputException(
                        ErrorKind.BAD_TARGET, "History range requires [start]:[end], [start]:, or :[end]");
            }
            base = ends[0].isEmpty() ? base : List.of(ends[0]);
            head = ends[1].isEmpty() ? head : List.of(ends[1]);
        }
        Set<String> current = Set.of();
        if (base.contains("current") || head.contains("current")) {
            List<String> heads = databaseHeads(currents);
            current = Set.copyOf(standingFor(heads));
            base = base.contains("current") ? standingFor(heads) : base;
            head = head.contains("current") ? standingFor(heads) : head;
        } else if (indicateCurrent) {
            List<String> known = knownRows(currents.get());
            warnAboutState(known);
            current = Set.copyOf(standingFor(known));
        }
        Map<String, List<String>> tags = verbose ? taggedRuns(appliedHistory.get()) : Map.of();
        for (GraphRevision revision : graph.walkRevisions(base, head)) {
            boolean isCurrent = indicateCurrent && current.contains(revision.id());
            RevisionText.Source source =
                    scripts.source(revision, isCurrent).withTags(tags.getOrDefault(revision.id(), List.of()));
            console.answer(RevisionText.format(revision, source, verbose, RevisionText.Options.HISTORY));
        }
    }

    /** Per revision, its successful tagged steps, oldest first: {@code v1.4.2 (upgrade 2026-12-06T01:50:03Z)}. */
    private static Map<String, List<String>> taggedRuns(List<AppliedRevision> rows) {
        Map<String, List<String>> tags = new HashMap<>();
        for (AppliedRevision row : rows) {
            if (row.success() && row.tag() != null) {
                String when =
                        row.appliedAt() == null ? "" : " " + row.appliedAt().truncatedTo(ChronoUnit.SECONDS);
                tags.computeIfAbsent(row.revision(), id -> new ArrayList<>())
                        .add(row.tag() + " (" + row.direction().label() + when + ")");
            }
        }
        return tags;
    }

    /** {@code heads [-v] [--resolve-dependencies]}. */
    public void heads(boolean verbose, boolean resolveDependencies) {
        for (String id : resolveDependencies ? graph.effectiveHeads() : graph.heads()) {
            GraphRevision head = graph.get(id);
            console.answer(RevisionText.format(head, scripts.source(head, false), verbose, RevisionText.Options.HEADS));
        }
    }

    /** {@code branches [-v]}: each branch point and the revisions it branches into. */
    public void branches(boolean verbose) {
        for (GraphRevision revision : graph.walkRevisions((String) null, null)) {
            if (!revision.isBranchPoint()) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            // sorted, as RevisionText sorts "Branches into" (Alembic's order is a hash set's)
            for (String next : new TreeSet<>(revision.nextRevisions())) {
                GraphRevision child = graph.get(next);
                lines.add(" ".repeat(revision.id().length()) + " -> "
                        + RevisionText.line(
                                child,
                                scripts.source(child, false),
                                new RevisionText.Options(true, verbose, false, true, true)));
            }
            console.answer(RevisionText.format(revision, scripts.source(revision, false), verbose, BRANCH_POINT) + "\n"
                    + String.join("\n", lines) + "\n");
        }
    }

    /** {@code show REV}: the verbose block of each revision {@code rev} names ({@code current}: the database's). */
    public void show(String rev, Supplier<List<String>> currents) {
        List<String> ids = rev.equals("current") ? databaseHeads(currents) : graph.resolve(rev);
        for (String id : ids) {
            // A row inside a squashed range shows its original while the script exists, else the squash.
            GraphRevision revision = graph.lookup(id)
                    .orElseGet(() -> graph.get(graph.squashedInto(id).orElseThrow()));
            console.answer(RevisionText.logEntry(revision, scripts.source(revision, false)));
        }
    }

    /**
     * {@code current [-v] [--check-heads]}.
     *
     * @param databaseHeads the version table's rows
     * @param maskedUrl     the database, as {@code -v} names it (password already masked)
     */
    public void current(List<String> databaseHeads, boolean verbose, boolean checkHeads, String maskedUrl) {
        if (verbose) {
            console.answer("Current revision(s) for " + maskedUrl + ":");
        }
        if (checkHeads && !new HashSet<>(databaseHeads).equals(new HashSet<>(graph.heads()))) {
            throw new MigrateException(ErrorKind.NOT_AT_HEAD, "Database is not on all head revisions");
        }
        List<String> inGraph = new ArrayList<>();
        for (String id : databaseHeads(() -> databaseHeads)) {
            if (graph.find(id).isPresent()) {
                inGraph.add(id);
            } else {
                console.answer(id + " (replaced by " + graph.squashedInto(id).orElseThrow() + ")");
            }
        }
        for (GraphRevision revision : allCurrent(inGraph)) {
            console.answer(RevisionText.format(
                    revision, scripts.source(revision, false), verbose, RevisionText.Options.PLAIN));
        }
    }

    /**
     * The rows as revisions of the graph: the last revision of a squashed range is the squash's
     * state, so it stands for the squash; other rows inside a range have no place in the graph.
     */
    private List<String> standingFor(List<String> databaseHeads) {
        List<String> ids = new ArrayList<>();
        for (String id : databaseHeads) {
            graph.standsFor(id).ifPresent(ids::add);
        }
        return ids;
    }

    /**
     * Alembic's {@code get_all_current}: the database's heads with everything below them, dependencies
     * included, narrowed to the revisions nothing in that set descends from.
     */
    private List<GraphRevision> allCurrent(List<String> databaseHeads) {
        Set<GraphRevision> all = new LinkedHashSet<>();
        Deque<GraphRevision> todo = new ArrayDeque<>();
        for (String id : databaseHeads) {
            todo.add(graph.get(id));
        }
        while (!todo.isEmpty()) {
            GraphRevision next = todo.pop();
            if (all.add(next)) {
                next.allDownRevisions().forEach(id -> todo.push(graph.get(id)));
            }
        }
        // `all` holds every down revision of its members, so a member with a descendant in it has a
        // child in it: looking at the children is enough (walking every descendant was quadratic)
        List<GraphRevision> heads = new ArrayList<>();
        for (GraphRevision revision : graph.revisions()) {
            if (all.contains(revision)
                    && revision.nextRevisions().stream().map(graph::get).noneMatch(all::contains)) {
                heads.add(0, revision);
            }
        }
        return heads;
    }

    /**
     * The version table's rows, each of which must be a revision the scripts know: a database
     * ahead of the scripts is a command failure (exit 1), not bad input.
     */
    private List<String> databaseHeads(Supplier<List<String>> currents) {
        List<String> heads = currents.get();
        for (String id : heads) {
            if (!graph.knows(id)) {
                throw new MigrateException(
                        ErrorKind.UNKNOWN_REVISION, "Can't locate revision identified by '" + id + "'");
            }
        }
        warnAboutState(heads);
        return heads;
    }

    /** The warnings of every command that shows where the database is ({@code current}, {@code history -i}). */
    private void warnAboutState(List<String> heads) {
        // Read-only commands still answer, but say why upgrade, downgrade and stamp will refuse.
        OverlappingRows.find(graph, heads)
                .ifPresent(found -> console.note("WARNING: " + found.problem(null)
                        + " upgrade, downgrade and stamp refuse to run until it is repaired. " + found.repair()));
        for (AppliedRevision attempt : unfinished.get()) {
            console.note("WARNING: " + attempt.unfinishedWarning());
        }
    }

    /**
     * For {@code history -i}: the rows the scripts know. As Alembic, a row no script defines marks
     * nothing and does not stop the listing; unlike Alembic, a warning on stderr names it.
     */
    private List<String> knownRows(List<String> rows) {
        List<String> known = new ArrayList<>();
        for (String id : rows) {
            if (graph.knows(id)) {
                known.add(id);
            } else {
                console.note("WARNING: Can't locate revision identified by '" + id + "': the version table records "
                        + "it, but no script defines it; it is not marked in this history.");
            }
        }
        return known;
    }
}
