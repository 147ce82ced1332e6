package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks declared revisions and links them into a {@link RevisionGraph}. Every pass is a single
 * walk over the revisions or their edges, so ten thousand revisions load in milliseconds.
 */
final class GraphBuilder {

    private static final String ILLEGAL_CHARACTERS = "@-+:";

    private final List<GraphRevision> revisions = new ArrayList<>();
    private final RevisionKeys keys = new RevisionKeys();

    private GraphBuilder() {}

    static RevisionGraph build(Collection<RevisionNode> nodes, SquashedRanges squashes) {
        GraphBuilder builder = new GraphBuilder();
        builder.addAll(nodes);
        builder.mapBranchLabels();
        builder.link();
        List<GraphRevision> heads = builder.select(GraphRevision::isHead);
        List<GraphRevision> realHeads = builder.select(GraphRevision::isRealHead);
        List<GraphRevision> bases = builder.select(GraphRevision::isBase);
        List<GraphRevision> realBases = builder.select(GraphRevision::isRealBase);
        builder.detectCycles(heads, bases, realHeads, realBases);
        builder.normalizeDependencies();
        builder.spreadBranchLabels();
        return new RevisionGraph(
                builder.revisions, builder.keys, heads, realHeads, bases, builder.topologicalOrder(), squashes);
    }

    private void addAll(Collection<RevisionNode> nodes) {
        for (RevisionNode node : nodes) {
            String id = node.id();
            if (id == null || id.isBlank()) {
                throw new RevisionGraphException(
                        ErrorKind.BAD_REVISION_GRAPH, "A revision has an empty id; every revision needs a unique id");
            }
            if (node.downRevisions().contains(id)) {
                throw new CycleDetectedException(CycleDetectedException.Kind.SELF_LOOP, List.of(id));
            }
            if (node.dependsOn().contains(id)) {
                throw new CycleDetectedException(CycleDetectedException.Kind.DEPENDENCY_SELF_LOOP, List.of(id));
            }
            checkCharacters(id);
            if (keys.contains(id)) {
                throw new RevisionGraphException(
                        ErrorKind.BAD_REVISION_GRAPH, "Revision " + id + " is present more than once");
            }
            GraphRevision revision = new GraphRevision(node, revisions.size());
            revisions.add(revision);
            keys.put(id, revision);
        }
    }

    private static void checkCharacters(String id) {
        Set<Character> illegal = new TreeSet<>();
        for (char c : id.toCharArray()) {
            if (ILLEGAL_CHARACTERS.indexOf(c) >= 0) {
                illegal.add(c);
            }
        }
        if (!illegal.isEmpty()) {
            List<String> names = new ArrayList<>();
            illegal.forEach(c -> names.add(String.valueOf(c)));
            throw new RevisionGraphException(
                    ErrorKind.BAD_REVISION_GRAPH,
                    "Character(s) '" + String.join(", ", names) + "' not allowed in revision identifier '" + id + "'");
        }
    }

    private void mapBranchLabels() {
        for (GraphRevision revision : revisions) {
            for (String label : revision.ownBranchLabels()) {
                GraphRevision existing = keys.get(label);
                if (existing != null) {
                    throw new RevisionGraphException(
                            ErrorKind.BAD_REVISION_GRAPH,
                            "Branch name '" + label + "' in revision " + revision.id() + " already used by revision "
                                    + existing.id());
                }
                keys.put(label, revision);
            }
        }
    }

    private void link() {
        for (GraphRevision revision : revisions) {
            for (String dependency : revision.dependsOn()) {
                GraphRevision target = resolveDependency(revision, dependency);
                if (target == revision) {
                    throw new CycleDetectedException(
                            CycleDetectedException.Kind.DEPENDENCY_SELF_LOOP, List.of(revision.id()));
                }
                if (!revision.resolvedDependencies.contains(target)) {
                    revision.resolvedDependencies.add(target);
                }
            }
            for (String downId : revision.downRevisions()) {
                GraphRevision down = requirePresent(revision, downId);
                if (!revision.down.contains(down)) {
                    revision.down.add(down);
                }
            }
            revision.allDown.addAll(revision.down);
            for (GraphRevision dependency : revision.resolvedDependencies) {
                if (!revision.allDown.contains(dependency)) {
                    revision.allDown.add(dependency);
                }
            }
        }
        for (GraphRevision revision : revisions) {
            for (GraphRevision down : revision.allDown) {
                down.allNext.add(revision);
                if (revision.down.contains(down)) {
                    down.next.add(revision);
                }
            }
        }
    }

    private GraphRevision requirePresent(GraphRevision from, String id) {
        GraphRevision found = keys.get(id);
        if (found == null || !found.id().equals(id)) {
            throw new RevisionGraphException(
                    ErrorKind.BAD_REVISION_GRAPH,
                    "Revision " + id + " referenced from " + from.id() + " is not present");
        }
        return found;
    }

    private GraphRevision resolveDependency(GraphRevision from, String dependency) {
        GraphRevision exact = keys.get(dependency);
        if (exact != null) {
            return exact;
        }
        List<String> matches = keys.startingWith(dependency);
        if (matches.isEmpty()) {
            throw new RevisionGraphException(
                    ErrorKind.BAD_REVISION_GRAPH,
                    "Revision " + dependency + " referenced from " + from.id() + " is not present");
        }
        Set<GraphRevision> distinct = new LinkedHashSet<>();
        matches.forEach(key -> distinct.add(keys.get(key)));
        if (distinct.size() > 1) {
            throw new RevisionGraphException(
                    ErrorKind.BAD_REVISION_GRAPH,
                    "depends_on '" + dependency + "' of revision " + from.id()
                            + " is ambiguous: " + RevisionGraph.multipleStartMessage(dependency, matches)
                            + "; give more characters of the id");
        }
        return distinct.iterator().next();
    }

    private List<GraphRevision> select(Predicate<GraphRevision> test) {
        List<GraphRevision> selected = new ArrayList<>();
        for (GraphRevision revision : revisions) {
            if (test.test(revision)) {
                selected.add(revision);
            }
        }
        return selected;
    }

    /**
     * Alembic's check first, so its messages list the same revisions; then a topological sort,
     * which also catches the loops Alembic's reachability test lets through.
     */
    private void detectCycles(
            List<GraphRevision> heads,
            List<GraphRevision> bases,
            List<GraphRevision> realHeads,
            List<GraphRevision> realBases) {
        if (revisions.isEmpty()) {
            return;
        }
        detectCycles(CycleDetectedException.Kind.CYCLE, heads, bases, r -> r.down, r -> r.next);
        detectCycles(
                CycleDetectedException.Kind.DEPENDENCY_CYCLE, realHeads, realBases, r -> r.allDown, r -> r.allNext);
    }

    private void detectCycles(
            CycleDetectedException.Kind kind,
            List<GraphRevision> tops,
            List<GraphRevision> roots,
            Function<GraphRevision, List<GraphRevision>> down,
            Function<GraphRevision, List<GraphRevision>> up) {
        if (tops.isEmpty() || roots.isEmpty()) {
            throw new CycleDetectedException(kind, GraphRevision.ids(revisions));
        }
        BitSet fromTops = reach(tops, down);
        BitSet fromRoots = reach(roots, up);
        TreeSet<String> outside = new TreeSet<>();
        for (GraphRevision revision : revisions) {
            if (!fromTops.get(revision.ordinal()) || !fromRoots.get(revision.ordinal())) {
                outside.add(revision.id());
            }
        }
        if (!outside.isEmpty()) {
            throw new CycleDetectedException(kind, new ArrayList<>(outside));
        }
        Set<String> looping = loopingRevisions(up, down);
        if (!looping.isEmpty()) {
            throw new CycleDetectedException(kind, new ArrayList<>(looping));
        }
    }

    private static BitSet reach(List<GraphRevision> starts, Function<GraphRevision, List<GraphRevision>> edges) {
        BitSet seen = new BitSet();
        Deque<GraphRevision> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            GraphRevision revision = todo.pop();
            if (!seen.get(revision.ordinal())) {
                seen.set(revision.ordinal());
                todo.addAll(edges.apply(revision));
            }
        }
        return seen;
    }

    /** Revisions that survive peeling off sources and then sinks: those on or between loops. */
    private Set<String> loopingRevisions(
            Function<GraphRevision, List<GraphRevision>> up, Function<GraphRevision, List<GraphRevision>> down) {
        BitSet remaining = new BitSet(revisions.size());
        remaining.set(0, revisions.size());
        peel(remaining, down, up);
        peel(remaining, up, down);
        TreeSet<String> ids = new TreeSet<>();
        remaining.stream().forEach(i -> ids.add(revisions.get(i).id()));
        return ids;
    }

    private void peel(
            BitSet remaining,
            Function<GraphRevision, List<GraphRevision>> incoming,
            Function<GraphRevision, List<GraphRevision>> outgoing) {
        int[] degree = new int[revisions.size()];
        Deque<GraphRevision> free = new ArrayDeque<>();
        for (int i = remaining.nextSetBit(0); i >= 0; i = remaining.nextSetBit(i + 1)) {
            GraphRevision revision = revisions.get(i);
            for (GraphRevision source : incoming.apply(revision)) {
                if (remaining.get(source.ordinal())) {
                    degree[i]++;
                }
            }
            if (degree[i] == 0) {
                free.add(revision);
            }
        }
        while (!free.isEmpty()) {
            GraphRevision revision = free.pop();
            remaining.clear(revision.ordinal());
            for (GraphRevision target : outgoing.apply(revision)) {
                if (remaining.get(target.ordinal()) && --degree[target.ordinal()] == 0) {
                    free.add(target);
                }
            }
        }
    }

    /**
     * Drops each dependency that an ancestor along down revisions already declares. A dependency
     * declared by a single revision cannot be implied, so only shared ones cost a walk.
     */
    private void normalizeDependencies() {
        Map<GraphRevision, List<GraphRevision>> dependents = new HashMap<>();
        for (GraphRevision revision : revisions) {
            for (GraphRevision dependency : revision.resolvedDependencies) {
                dependents.computeIfAbsent(dependency, d -> new ArrayList<>()).add(revision);
            }
        }
        Map<GraphRevision, Set<GraphRevision>> implied = new HashMap<>();
        for (Map.Entry<GraphRevision, List<GraphRevision>> entry : dependents.entrySet()) {
            List<GraphRevision> sharing = entry.getValue();
            if (sharing.size() < 2) {
                continue;
            }
            Set<GraphRevision> below = new HashSet<>();
            Deque<GraphRevision> todo = new ArrayDeque<>();
            sharing.forEach(r -> todo.addAll(r.next));
            while (!todo.isEmpty()) {
                GraphRevision revision = todo.pop();
                if (below.add(revision)) {
                    todo.addAll(revision.next);
                }
            }
            for (GraphRevision dependent : sharing) {
                if (below.contains(dependent)) {
                    implied.computeIfAbsent(dependent, d -> new HashSet<>()).add(entry.getKey());
                }
            }
        }
        for (GraphRevision revision : revisions) {
            Set<GraphRevision> drop = implied.getOrDefault(revision, Set.of());
            for (GraphRevision dependency : revision.resolvedDependencies) {
                if (!drop.contains(dependency)) {
                    revision.normalizedDependencies.add(dependency);
                }
            }
            revision.normalizedDown.addAll(revision.down);
            for (GraphRevision dependency : revision.normalizedDependencies) {
                if (!revision.normalizedDown.contains(dependency)) {
                    revision.normalizedDown.add(dependency);
                }
            }
        }
    }

    /**
     * As Alembic: a label reaches every descendant of its revision, and, when the line from the
     * labelled revision up to its head neither branches nor merges, the ancestors below it down to
     * the nearest branch point, merge point or base.
     */
    private void spreadBranchLabels() {
        for (GraphRevision revision : revisions) {
            if (revision.ownBranchLabels().isEmpty()) {
                continue;
            }
            // Alembic spreads the labels the revision holds so far; the labels it inherited have
            // already reached the same revisions, so spreading its own gives the same result
            // without growing the work with the number of labels on the line.
            Set<String> labels = revision.ownBranchLabels();
            GraphRevision last = null;
            BitSet seen = new BitSet();
            Deque<GraphRevision> todo = new ArrayDeque<>();
            todo.push(revision);
            while (!todo.isEmpty()) {
                GraphRevision node = todo.pop();
                if (seen.get(node.ordinal())) {
                    continue;
                }
                seen.set(node.ordinal());
                node.next.forEach(todo::push);
                node.branchLabels.addAll(labels);
                last = node;
            }
            GraphRevision parent = last;
            while (parent != null && !parent.isRealBranchPoint() && !parent.isMergePoint()) {
                parent.branchLabels.addAll(labels);
                parent = parent.down.isEmpty() ? null : parent.down.get(0);
            }
        }
    }

    /** Bases first; among revisions that are ready at the same time, input order. */
    private List<GraphRevision> topologicalOrder() {
        Map<GraphRevision, Integer> waiting = new HashMap<>();
        PriorityQueue<GraphRevision> ready = new PriorityQueue<>((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
        for (GraphRevision revision : revisions) {
            waiting.put(revision, revision.allDown.size());
            if (revision.allDown.isEmpty()) {
                ready.add(revision);
            }
        }
        List<GraphRevision> order = new ArrayList<>(revisions.size());
        while (!ready.isEmpty()) {
            GraphRevision revision = ready.poll();
            revision.rank = order.size();
            order.add(revision);
            for (GraphRevision child : revision.allNext) {
                int left = waiting.merge(child, -1, Integer::sum);
                if (left == 0) {
                    ready.add(child);
                }
            }
        }
        return order;
    }
}
