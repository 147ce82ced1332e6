package dev.migrate.internal.script.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand revisions: the graph loads, resolves and plans on them. Each operation here is a
 * single walk, so a quadratic regression shows as this class taking minutes, not as a flaky
 * timing assertion.
 */
class LargeGraphTest {

    private static final int SIZE = 10_000;

    private static String id(int i) {
        return String.format("%012x", 0x1000_0000_0000L + (long) i * 7919);
    }

    /** A straight line of revisions, the shape most projects have. */
    private static List<RevisionNode> line() {
        List<RevisionNode> nodes = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            nodes.add(new RevisionNode(
                    id(i),
                    i == 0 ? List.of() : List.of(id(i - 1)),
                    i == 0 ? Set.of("core") : Set.of(),
                    List.of(),
                    "revision " + i));
        }
        return nodes;
    }

    /** Every tenth revision opens a short side branch that the next one merges back. */
    private static List<RevisionNode> braided() {
        List<RevisionNode> nodes = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < SIZE; i++) {
            List<String> down = new ArrayList<>();
            if (previous != null) {
                down.add(previous);
            }
            if (i % 10 == 5) {
                nodes.add(new RevisionNode("side" + i, List.of(previous), Set.of(), List.of(id(i - 3)), ""));
            }
            if (i % 10 == 6) {
                down.add("side" + (i - 1));
            }
            nodes.add(new RevisionNode(id(i), down, Set.of(), List.of(), ""));
            previous = id(i);
        }
        return nodes;
    }

    @Test
    void resolvesAndPlansOnALongLine() {
        RevisionGraph graph = RevisionGraph.of(line());

        assertThat(graph.heads()).containsExactly(id(SIZE - 1));
        assertThat(graph.resolve("head")).containsExactly(id(SIZE - 1));
        assertThat(graph.resolve(id(1234).substring(0, 10))).containsExactly(id(1234));
        assertThat(graph.resolve("core@head")).containsExactly(id(SIZE - 1));
        assertThat(graph.upgradeSteps(List.of(id(0)), "head-2")).hasSize(SIZE - 3);
        assertThat(graph.get(id(SIZE - 1)).branchLabels()).containsExactly("core");

        List<MigrationStep> up = graph.upgradeSteps(List.of(), "heads");
        assertThat(up).hasSize(SIZE);
        assertThat(up.get(0).revision().id()).isEqualTo(id(0));
        assertThat(up.get(SIZE - 1).revision().id()).isEqualTo(id(SIZE - 1));

        HeadsTracker tracker = new HeadsTracker(graph, List.of());
        up.forEach(tracker::apply);
        assertThat(tracker.heads()).containsExactly(id(SIZE - 1));

        assertThat(graph.downgradeSteps(List.of(id(SIZE - 1)), "base")).hasSize(SIZE);
        assertThat(graph.upgradeSteps(List.of(id(10)), "+5")).hasSize(5);
        assertThat(graph.walkRevisions("base", "heads")).hasSize(SIZE);
        assertThat(graph.revisions()).hasSize(SIZE);
    }

    @Test
    void plansThroughManyMergesAndDependencies() {
        RevisionGraph graph = RevisionGraph.of(braided());
        int total = SIZE + SIZE / 10;
        List<MigrationStep> up = graph.upgradeSteps(List.of(), "heads");
        assertThat(up).hasSize(total);
        HeadsTracker tracker = new HeadsTracker(graph, List.of());
        up.forEach(tracker::apply);
        assertThat(tracker.heads()).containsExactly(id(SIZE - 1));

        List<MigrationStep> down = graph.downgradeSteps(List.of(id(SIZE - 1)), "base");
        assertThat(down).hasSize(total);
        down.forEach(tracker::apply);
        assertThat(tracker.heads()).isEmpty();
    }
}
