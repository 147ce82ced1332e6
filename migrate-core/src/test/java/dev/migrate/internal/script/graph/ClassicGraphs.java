package dev.migrate.internal.script.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Graphs from Alembic's own test suite (test_revision.py, test_version_traversal.py) and helpers to build them. */
final class ClassicGraphs {

    private ClassicGraphs() {}

    static RevisionNode rev(String id, String... down) {
        return new RevisionNode(id, List.of(down), Set.of(), List.of(), "");
    }

    static RevisionNode labelled(String id, String label, String... down) {
        return new RevisionNode(id, List.of(down), Set.of(label), List.of(), "");
    }

    static RevisionNode dependent(String id, List<String> down, String... dependsOn) {
        return new RevisionNode(id, down, Set.of(), List.of(dependsOn), "");
    }

    static RevisionGraph graph(RevisionNode... nodes) {
        return RevisionGraph.of(Arrays.asList(nodes));
    }

    /** a -> b1, b2 -> c (merge) -> d. */
    static RevisionGraph diamond() {
        return graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"), rev("d", "c"));
    }

    /** Two bases, each labelled: abranch on a (a..c), ebranch on e (d..f). */
    static RevisionGraph labeledTwoBases() {
        return graph(
                labelled("a", "abranch"),
                rev("b", "a"),
                rev("somelongername", "b"),
                rev("c", "somelongername"),
                rev("d"),
                labelled("e", "ebranch", "d"),
                rev("someothername", "e"),
                rev("f", "someothername"));
    }

    /** a -> b, which branches into c1 (c1branch) -> d1 and c2 (c2branch) -> d2. */
    static RevisionGraph branched() {
        return graph(
                rev("a"),
                rev("b", "a"),
                labelled("c1", "c1branch", "b"),
                rev("d1", "c1"),
                labelled("c2", "c2branch", "b"),
                rev("d2", "c2"));
    }

    /** Five revisions in a line, with real-looking ids. */
    static RevisionGraph linear() {
        return graph(
                new RevisionNode("e6239818bb3a", List.of(), Set.of(), List.of(), "first"),
                rev("548bbb905360", "e6239818bb3a"),
                rev("b7ea43dc85e4", "548bbb905360"),
                rev("1bbe33445780", "b7ea43dc85e4"),
                rev("3975fb1a0125", "1bbe33445780"));
    }

    /** Two merge points of the same three branches (Alembic issue 297). */
    static RevisionGraph twinMerge() {
        return graph(
                rev("a"),
                rev("b1", "a"),
                rev("b2", "a"),
                rev("b3", "a"),
                rev("c1", "b1", "b2", "b3"),
                rev("c2", "b1", "b2", "b3"),
                rev("d1", "c1"),
                rev("d2", "c2"));
    }

    /** Two bases; c2 on the second depends on c1 of the first (labelled lib1), which goes on to f1. */
    static RevisionGraph dependsOnOtherBase() {
        return graph(
                labelled("a1", "lib1"),
                rev("b1", "a1"),
                rev("c1", "b1"),
                rev("a2"),
                rev("b2", "a2"),
                dependent("c2", List.of("b2"), "c1"),
                rev("d1", "c1"),
                rev("e1", "d1"),
                rev("f1", "e1"));
    }

    static List<String> ids(List<MigrationStep> steps) {
        return steps.stream().map(step -> step.revision().id()).collect(Collectors.toList());
    }

    static List<String> logs(List<MigrationStep> steps) {
        return steps.stream().map(MigrationStep::shortLog).collect(Collectors.toList());
    }

    /** Runs the steps through a tracker and returns every row change, in order. */
    static List<VersionChange> changes(RevisionGraph graph, List<String> heads, List<MigrationStep> steps) {
        HeadsTracker tracker = new HeadsTracker(graph, heads);
        List<VersionChange> changes = new ArrayList<>();
        steps.forEach(step -> changes.addAll(tracker.apply(step)));
        return changes;
    }
}
