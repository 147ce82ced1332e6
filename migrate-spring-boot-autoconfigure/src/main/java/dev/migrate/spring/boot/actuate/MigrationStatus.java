package dev.migrate.spring.boot.actuate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrate.Migrate;
import dev.migrate.runtime.AppliedRevision;
import dev.migrate.script.graph.GraphRevision;
import dev.migrate.script.graph.GraphRevisions;
import dev.migrate.script.graph.RevisionGraph;

/**
 * A snapshot of one runner's scripts against its database, read once and shared by the
 * endpoint, the health indicator and the gauges so that they never disagree.
 *
 * @param currentHeads the database's heads, as the version table holds them
 * @param scriptHeads the heads of the scripts' graph
 * @param revisions every revision, oldest first, then those only the database knows
 */
public record MigrationStatus(List<String> currentHeads, List<String> scriptHeads, List<RevisionStatus> revisions) {

    public MigrationStatus {
        currentHeads = List.copyOf(currentHeads);
        scriptHeads = List.copyOf(scriptHeads);
        revisions = List.copyOf(revisions);
    }

    /**
     * Reads the scripts, the version table and the history log of a runner.
     * @param migrate the runner
     * @return the status
     */
    public static MigrationStatus read(Migrate migrate) {
        return read(migrate, lastApplied(migrate.appliedHistory()));
    }

    /**
     * Reads the scripts and the version table only, for checks that run often (health, gauges):
     * no revision carries its history row, and unknown revisions are those among the current heads.
     * @param migrate the runner
     * @return the status
     */
    public static MigrationStatus readHeads(Migrate migrate) {
        return read(migrate, Map.of());
    }

    private static MigrationStatus read(Migrate migrate, Map<String, AppliedRevision> lastApplied) {
        RevisionGraph graph = GraphRevisions.graphOf(migrate.revisions());
        List<String> current = migrate.current();
        // The last revision of a squashed range stands for the squash.
        List<String> knownCurrent = current.stream().flatMap((id) -> graph.standsFor(id).stream()).toList();
        Set<String> applied = graph.ancestorsOf(knownCurrent);
        Set<String> stamped = stamped(lastApplied, graph);
        List<RevisionStatus> revisions = new ArrayList<>();
        for (GraphRevision revision : oldestFirst(graph)) {
            boolean isApplied = applied.contains(revision.id());
            RevisionState state = !isApplied ? RevisionState.PENDING
                    : stamped.contains(revision.id()) ? RevisionState.STAMPED : RevisionState.APPLIED;
            revisions.add(new RevisionStatus(revision.id(), migrate.script(revision.id()).orElse(null), state,
                    isApplied ? lastApplied.get(revision.id()) : null));
        }
        for (String id : unknown(current, lastApplied, graph)) {
            revisions.add(new RevisionStatus(id, null, RevisionState.UNKNOWN, lastApplied.get(id)));
        }
        return new MigrationStatus(current, graph.heads(), revisions);
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
            if ("downgrade".equals(row.direction())) {
                last.remove(row.revision());
            }
            else {
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
        List<String> stampedRows = lastApplied.values()
            .stream()
            .filter((row) -> "stamp".equals(row.direction()) && graph.find(row.revision()).isPresent())
            .map(AppliedRevision::revision)
            .toList();
        Set<String> stamped = new LinkedHashSet<>(stampedRows);
        graph.ancestorsOf(stampedRows).stream().filter((id) -> !lastApplied.containsKey(id)).forEach(stamped::add);
        return stamped;
    }

    private static Set<String> unknown(List<String> current, Map<String, AppliedRevision> lastApplied,
            RevisionGraph graph) {
        Set<String> unknown = new LinkedHashSet<>();
        current.stream().filter((id) -> isUnknown(id, graph)).forEach(unknown::add);
        lastApplied.keySet().stream().filter((id) -> isUnknown(id, graph)).sorted().forEach(unknown::add);
        return unknown;
    }

    /** Neither a revision of the graph nor one a squashed revision replaces. */
    private static boolean isUnknown(String id, RevisionGraph graph) {
        return graph.find(id).isEmpty() && graph.squashedInto(id).isEmpty();
    }

    /**
     * Ids of the revisions an upgrade to every head would apply, oldest first.
     * @return the pending revisions
     */
    public List<String> pending() {
        return idsIn(RevisionState.PENDING);
    }

    /**
     * Ids of the revisions applied to the database that no script declares.
     * @return the unknown revisions
     */
    public List<String> unknown() {
        return idsIn(RevisionState.UNKNOWN);
    }

    /**
     * Number of revisions of the scripts that are applied, stamped ones included.
     * @return the count
     */
    public int appliedCount() {
        return idsIn(RevisionState.APPLIED).size() + idsIn(RevisionState.STAMPED).size();
    }

    /**
     * Whether the database is at every head of the scripts and holds nothing they do not know.
     * @return {@code true} when nothing is pending or unknown
     */
    public boolean upToDate() {
        return pending().isEmpty() && unknown().isEmpty();
    }

    private List<String> idsIn(RevisionState state) {
        return this.revisions.stream().filter((revision) -> revision.state() == state).map(RevisionStatus::revision)
            .toList();
    }

}
