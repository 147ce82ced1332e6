package dev.migrate;

import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.graph.GraphRevision;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where one database stands against the scripts, read once ({@link Migrate#status()}, as Flyway's
 * {@code MigrationInfoService}): its heads, every revision's {@link RevisionState}, the revisions
 * only the database knows, the attempts that did not complete and the scripts edited since they
 * ran. The CLI, the health indicator, the gauges and the actuator endpoint all read this one model,
 * so they never disagree.
 *
 * @param currentHeads the database's heads, as the version table holds them
 * @param scriptHeads  the heads of the scripts' graph
 * @param revisions    every revision, oldest first, then those only the database knows
 * @param unfinished   steps that started and did not complete (failed, or their process was killed)
 */
public record MigrationStatus(
        List<String> currentHeads,
        List<String> scriptHeads,
        List<RevisionStatus> revisions,
        List<AppliedRevision> unfinished) {

    public MigrationStatus {
        currentHeads = List.copyOf(currentHeads);
        scriptHeads = List.copyOf(scriptHeads);
        revisions = List.copyOf(revisions);
        unfinished = List.copyOf(unfinished);
    }

    /**
     * Builds the status from what was read of the database.
     *
     * @param history    the history log's rows, oldest first; empty for a status of the heads only,
     *                   where no revision carries its history row and unknown revisions are those
     *                   among the current heads
     * @param unfinished the attempts that did not complete
     */
    static MigrationStatus of(
            RevisionGraph graph,
            Function<String, RevisionScript> scripts,
            List<String> current,
            List<AppliedRevision> history,
            List<AppliedRevision> unfinished) {
        Map<String, AppliedRevision> lastApplied = lastApplied(history);
        Map<String, AppliedRevision> unfinishedById = new HashMap<>();
        unfinished.forEach(row -> unfinishedById.put(row.revision(), row));
        // The last revision of a squashed range stands for the squash.
        List<String> knownCurrent =
                current.stream().flatMap(id -> graph.standsFor(id).stream()).toList();
        Set<String> applied = graph.ancestorsOf(knownCurrent);
        Set<String> stamped = stamped(lastApplied, graph);
        List<RevisionStatus> revisions = new ArrayList<>();
        for (GraphRevision revision : oldestFirst(graph)) {
            boolean isApplied = applied.contains(revision.id());
            RevisionState state = !isApplied
                    ? RevisionState.PENDING
                    : stamped.contains(revision.id()) ? RevisionState.STAMPED : RevisionState.APPLIED;
            revisions.add(new RevisionStatus(
                    revision.id(),
                    scripts.apply(revision.id()),
                    state,
                    isApplied ? lastApplied.get(revision.id()) : null,
                    unfinishedById.get(revision.id())));
        }
        for (String id : unknown(current, lastApplied, graph)) {
            revisions.add(
                    new RevisionStatus(id, null, RevisionState.UNKNOWN, lastApplied.get(id), unfinishedById.get(id)));
        }
        return new MigrationStatus(current, graph.heads(), revisions, unfinished);
    }

    /** Alembic's history order, newest first, turned around: a reader follows the schema's story. */
    private static List<GraphRevision> oldestFirst(RevisionGraph graph) {
        if (graph.isEmpty()) {
            return List.of();
        }
        List<GraphRevision> order = new ArrayList<>(graph.walkRevisions("base", "heads"));
        Collections.reverse(order);
        return order;
    }

    /** The latest successful upgrade or stamp per revision, unless a later downgrade undid it. */
    private static Map<String, AppliedRevision> lastApplied(List<AppliedRevision> history) {
        Map<String, AppliedRevision> last = new HashMap<>();
        for (AppliedRevision row : history) {
            if (!row.success()) {
                continue;
            }
            if (row.direction() == Direction.DOWNGRADE) {
                last.remove(row.revision());
            } else {
                last.put(row.revision(), row);
            }
        }
        return last;
    }

    /**
     * The revisions recorded without running: those whose last row is a stamp, and, below them, those
     * with no row of their own (a stamp records the database at a revision, with all it stands on).
     */
    private static Set<String> stamped(Map<String, AppliedRevision> lastApplied, RevisionGraph graph) {
        List<String> stampedRows = lastApplied.values().stream()
                .filter(row -> row.direction() == Direction.STAMP
                        && graph.find(row.revision()).isPresent())
                .map(AppliedRevision::revision)
                .toList();
        Set<String> stamped = new LinkedHashSet<>(stampedRows);
        graph.ancestorsOf(stampedRows).stream()
                .filter(id -> !lastApplied.containsKey(id))
                .forEach(stamped::add);
        return stamped;
    }

    private static Set<String> unknown(
            List<String> current, Map<String, AppliedRevision> lastApplied, RevisionGraph graph) {
        Set<String> unknown = new LinkedHashSet<>();
        current.stream().filter(id -> !graph.knows(id)).forEach(unknown::add);
        lastApplied.keySet().stream().filter(id -> !graph.knows(id)).sorted().forEach(unknown::add);
        return unknown;
    }

    /** Ids of the revisions an upgrade to every head would apply, oldest first. */
    public List<String> pending() {
        return idsIn(RevisionState.PENDING);
    }

    /** Ids of the revisions applied to the database that no script declares. */
    public List<String> unknown() {
        return idsIn(RevisionState.UNKNOWN);
    }

    /** Ids of the applied revisions whose script changed since it ran. */
    public List<String> checksumChanged() {
        return revisions.stream()
                .filter(RevisionStatus::checksumChanged)
                .map(RevisionStatus::revision)
                .toList();
    }

    /** Number of revisions of the scripts that are applied, stamped ones included. */
    public int appliedCount() {
        return idsIn(RevisionState.APPLIED).size()
                + idsIn(RevisionState.STAMPED).size();
    }

    /** Whether the database is at every head of the scripts and holds nothing they do not know. */
    public boolean upToDate() {
        return pending().isEmpty() && unknown().isEmpty();
    }

    /**
     * The revision with this full id, else the one revision whose id starts with it (those only the
     * database knows included); empty when none or several match.
     */
    public Optional<RevisionStatus> find(String idOrPrefix) {
        List<RevisionStatus> matches =
                revisions.stream().filter(r -> r.revision().equals(idOrPrefix)).toList();
        if (matches.isEmpty()) {
            matches = revisions.stream()
                    .filter(r -> r.revision().startsWith(idOrPrefix))
                    .toList();
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private List<String> idsIn(RevisionState state) {
        return revisions.stream()
                .filter(revision -> revision.state() == state)
                .map(RevisionStatus::revision)
                .toList();
    }
}
