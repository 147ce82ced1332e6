package dev.migrate.spring.boot.actuate;

import java.util.List;
import java.util.Set;

import dev.migrate.script.graph.RevisionNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ScriptGraph}.
 */
class ScriptGraphTests {

    // base <- a <- (b1 on branch "billing", c1) ; b1 <- b2 ; merge m of b2 and c1 ; x depends on billing label
    private final ScriptGraph graph = new ScriptGraph(List.of(node("m", List.of("b2", "c1")),
            node("c1", List.of("a")), node("b2", List.of("b1")), labelled("b1", "a", "billing"), node("a", List.of("base")),
            node("base", List.of()), new RevisionNode("x", List.of("base"), Set.of(), List.of("billing"), "")));

    @Test
    void headsAreTheRevisionsNobodyBuildsOn() {
        assertThat(this.graph.heads()).containsExactly("m", "x");
    }

    @Test
    void oldestFirstPutsEveryRevisionAfterItsParentsAndDependencies() {
        List<String> order = this.graph.oldestFirst().stream().map(RevisionNode::id).toList();
        assertThat(order).containsExactly("base", "a", "b1", "b2", "c1", "m", "x");
    }

    @Test
    void appliedBelowFollowsDownRevisions() {
        assertThat(this.graph.appliedBelow(List.of("b2"))).containsExactlyInAnyOrder("b2", "b1", "a", "base");
        assertThat(this.graph.appliedBelow(List.of())).isEmpty();
    }

    @Test
    void appliedBelowFollowsDependenciesWrittenAsLabels() {
        assertThat(this.graph.appliedBelow(List.of("x"))).containsExactlyInAnyOrder("x", "base", "b1", "a");
    }

    @Test
    void appliedBelowIgnoresRevisionsTheScriptsDoNotDeclare() {
        assertThat(this.graph.appliedBelow(List.of("zzz", "a"))).containsExactlyInAnyOrder("a", "base");
    }

    private static RevisionNode node(String id, List<String> down) {
        return new RevisionNode(id, down, Set.of(), List.of(), "message of " + id);
    }

    private static RevisionNode labelled(String id, String down, String label) {
        return new RevisionNode(id, List.of(down), Set.of(label), List.of(), "");
    }

}
