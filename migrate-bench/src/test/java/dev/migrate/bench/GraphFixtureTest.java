package dev.migrate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.RevisionNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphFixtureTest {

    @Test
    void tenThousandRevisionsWithBranchesMergesAndThreeHeads() {
        List<RevisionNode> nodes = GraphFixture.revisions(10_000);
        RevisionGraph graph = RevisionGraph.of(nodes);

        assertThat(graph.size()).isEqualTo(10_000);
        assertThat(nodes.stream()
                        .filter(node -> node.downRevisions().size() == 2)
                        .count())
                .isGreaterThan(300);
        assertThat(graph.bases()).hasSize(2);
        assertThat(graph.heads()).hasSize(3);
        // As in Alembic, the target "heads" leaves out a head that another head depends on.
        assertThat(graph.resolve("heads")).hasSize(2);
        assertThat(graph.upgradeSteps(List.of(), "heads")).hasSize(10_000);
    }

    @Test
    void theBaselineSortOrdersEveryRevisionAfterItsParents() {
        List<RevisionNode> nodes = GraphFixture.revisions(1_000);

        List<String> order = TopologicalSort.order(nodes);

        assertThat(order).hasSize(1_000);
        for (RevisionNode node : nodes) {
            for (String parent : node.downRevisions()) {
                assertThat(order.indexOf(parent)).isLessThan(order.indexOf(node.id()));
            }
        }
    }
}
