package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Ancestor and descendant walks over a built graph: each walk visits a revision once.
 */
final class Traversal {

    private Traversal() {}

    /** Parents to follow when walking down: with dependencies (normalized) or down revisions only. */
    static Function<GraphRevision, List<GraphRevision>> down(boolean includeDependencies) {
        return includeDependencies ? r -> r.normalizedDown : r -> r.down;
    }

    /** Children to follow when walking up: dependents included or not. */
    static Function<GraphRevision, List<GraphRevision>> up(boolean includeDependencies) {
        return includeDependencies ? r -> r.allNext : r -> r.next;
    }

    static Set<GraphRevision> ancestors(Collection<GraphRevision> targets, boolean includeDependencies, boolean check) {
        return related(targets, down(includeDependencies), check);
    }

    static Set<GraphRevision> descendants(
            Collection<GraphRevision> targets, boolean includeDependencies, boolean check) {
        return related(targets, up(includeDependencies), check);
    }

    /**
     * The targets and everything reachable from them. With {@code check}, fails when one target
     * reaches another, as Alembic does for overlapping requested revisions.
     */
    static Set<GraphRevision> related(
            Collection<GraphRevision> targets, Function<GraphRevision, List<GraphRevision>> edges, boolean check) {
        Set<GraphRevision> seen = new LinkedHashSet<>();
        Set<GraphRevision> targetSet = check ? new LinkedHashSet<>(targets) : Set.of();
        Deque<GraphRevision> todo = new ArrayDeque<>();
        for (GraphRevision target : targets) {
            todo.push(target);
            Set<GraphRevision> perTarget = check ? new HashSet<>() : null;
            while (!todo.isEmpty()) {
                GraphRevision revision = todo.pop();
                if (check) {
                    perTarget.add(revision);
                }
                if (!seen.add(revision)) {
                    continue;
                }
                for (GraphRevision next : edges.apply(revision)) {
                    todo.push(next);
                }
            }
            if (check) {
                List<String> overlaps = new ArrayList<>();
                for (GraphRevision other : targetSet) {
                    if (other != target && perTarget.contains(other)) {
                        overlaps.add(other.id());
                    }
                }
                if (!overlaps.isEmpty()) {
                    throw new RevisionGraphException(
                            ErrorKind.BAD_TARGET,
                            "Requested revision " + target.id() + " overlaps with other requested revisions "
                                    + String.join(", ", overlaps));
                }
            }
        }
        return seen;
    }

    /**
     * Everything that shares a line with one of the given revisions: their ancestors and their
     * descendants. Ancestry is symmetric, so "t shares lineage with x" is "t is in lineage(x)".
     */
    static Set<GraphRevision> lineage(Collection<GraphRevision> of, boolean includeDependencies) {
        Set<GraphRevision> lineage = new HashSet<>(related(of, down(includeDependencies), false));
        lineage.addAll(related(of, up(includeDependencies), false));
        return lineage;
    }

    /**
     * The revisions of {@code targets} that have no descendant (along down revisions) among the
     * targets, in one pass instead of a descendant walk per target.
     */
    static Set<GraphRevision> branchHeads(Set<GraphRevision> targets) {
        Set<GraphRevision> below = new HashSet<>();
        Deque<GraphRevision> todo = new ArrayDeque<>();
        for (GraphRevision target : targets) {
            todo.addAll(target.down);
        }
        while (!todo.isEmpty()) {
            GraphRevision revision = todo.pop();
            if (below.add(revision)) {
                todo.addAll(revision.down);
            }
        }
        Set<GraphRevision> heads = new LinkedHashSet<>(targets);
        heads.removeAll(below);
        return heads;
    }
}
