package dev.migrate.internal.script.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders a set of revisions from the top down the way Alembic does: follow one branch down as far
 * as no other pending branch still needs the next revision, then switch to that branch; ties go
 * to input order. Ancestor sets are explored lazily, only as far down as the revision asked
 * about, so a straight line costs one walk.
 */
final class StepOrder {

    private StepOrder() {}

    /** The revisions, each after every revision of the set that depends on it (top first). */
    static List<GraphRevision> topDown(Collection<GraphRevision> revisions, Collection<GraphRevision> heads) {
        Set<GraphRevision> todo = new HashSet<>(revisions);
        Set<GraphRevision> startSet = new LinkedHashSet<>();
        for (GraphRevision head : heads) {
            if (head != null && todo.contains(head)) {
                startSet.add(head);
            }
        }
        List<GraphRevision> current = new ArrayList<>(startSet);
        current.sort(Comparator.comparingInt(GraphRevision::ordinal));
        List<LazyAncestors> ancestors = new ArrayList<>();
        for (GraphRevision head : current) {
            ancestors.add(new LazyAncestors(head));
        }
        List<GraphRevision> output = new ArrayList<>(todo.size());
        int index = 0;
        while (!current.isEmpty()) {
            GraphRevision candidate = current.get(index);
            int waitingFor = -1;
            for (int other = 0; other < ancestors.size(); other++) {
                if (other != index && ancestors.get(other).contains(candidate)) {
                    waitingFor = other;
                    break;
                }
            }
            if (waitingFor >= 0) {
                index = waitingFor;
                continue;
            }
            if (todo.remove(candidate)) {
                output.add(candidate);
            }
            List<GraphRevision> toAdd = new ArrayList<>();
            for (GraphRevision parent : candidate.normalizedDown) {
                if (todo.contains(parent) && !current.contains(parent)) {
                    toAdd.add(parent);
                }
            }
            if (toAdd.isEmpty()) {
                current.remove(index);
                ancestors.remove(index);
                index = Math.max(index - 1, 0);
            } else if (candidate.normalizedDependencies.isEmpty() && candidate.down.size() == 1) {
                current.set(index, toAdd.get(0));
                ancestors.get(index).remove(candidate);
            } else {
                current.set(index, toAdd.get(0));
                ancestors.set(index, new LazyAncestors(toAdd.get(0)));
                for (GraphRevision extra : toAdd.subList(1, toAdd.size())) {
                    current.add(extra);
                    ancestors.add(new LazyAncestors(extra));
                }
            }
        }
        if (!todo.isEmpty()) {
            throw new IllegalStateException("Revisions " + todo + " are not reachable from " + heads);
        }
        return output;
    }
}
