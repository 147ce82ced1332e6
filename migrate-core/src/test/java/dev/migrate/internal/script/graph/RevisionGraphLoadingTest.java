package dev.migrate.internal.script.graph;

import static dev.migrate.internal.script.graph.ClassicGraphs.dependent;
import static dev.migrate.internal.script.graph.ClassicGraphs.graph;
import static dev.migrate.internal.script.graph.ClassicGraphs.labelled;
import static dev.migrate.internal.script.graph.ClassicGraphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphLoadingTest {

    @Test
    void diamondHasOneHeadOneBaseABranchPointAndAMergePoint() {
        RevisionGraph graph = ClassicGraphs.diamond();

        assertThat(graph.heads()).containsExactly("d");
        assertThat(graph.bases()).containsExactly("a");
        GraphRevision a = graph.get("a");
        assertThat(a.isBase()).isTrue();
        assertThat(a.isBranchPoint()).isTrue();
        assertThat(a.nextRevisions()).containsExactly("b1", "b2");
        GraphRevision c = graph.get("c");
        assertThat(c.isMergePoint()).isTrue();
        assertThat(c.downRevisions()).containsExactly("b1", "b2");
        assertThat(graph.get("d").isHead()).isTrue();
        assertThat(graph.get("b1").isHead()).isFalse();
        assertThat(graph.revisions()).extracting(GraphRevision::id).containsExactly("a", "b1", "b2", "c", "d");
    }

    @Test
    void severalBasesAndHeadsAreAllowed() {
        RevisionGraph graph = ClassicGraphs.labeledTwoBases();

        assertThat(graph.bases()).containsExactly("a", "d");
        assertThat(graph.heads()).containsExactly("c", "f");
        assertThat(graph.size()).isEqualTo(8);
    }

    @Test
    void branchLabelsReachDescendantsAndTheUnbranchedLineBelow() {
        RevisionGraph graph = ClassicGraphs.labeledTwoBases();

        assertThat(graph.get("e").ownBranchLabels()).containsExactly("ebranch");
        assertThat(graph.get("f").branchLabels()).containsExactly("ebranch");
        // d is below the labelled e on a line that never branches: Alembic labels it too.
        assertThat(graph.get("d").branchLabels()).containsExactly("ebranch");
        assertThat(graph.get("c").branchLabels()).containsExactly("abranch");
    }

    @Test
    void branchLabelsStopAtTheBranchPoint() {
        RevisionGraph graph = ClassicGraphs.branched();

        assertThat(graph.get("d1").branchLabels()).containsExactly("c1branch");
        assertThat(graph.get("d2").branchLabels()).containsExactly("c2branch");
        assertThat(graph.get("b").branchLabels()).isEmpty();
        assertThat(graph.get("a").branchLabels()).isEmpty();
    }

    @Test
    void dependenciesResolveByIdPrefixOrLabelAndCountOnlyForOrdering() {
        RevisionGraph graph = graph(
                labelled("base1", "core"),
                rev("core2", "base1"),
                dependent("bill1", List.of(), "core"),
                dependent("bill2", List.of("bill1"), "core2"),
                dependent("bill3", List.of("bill2"), "core2"),
                dependent("rep1", List.of(), "bill3a"),
                rev("bill3abc", "bill3"));

        assertThat(graph.get("bill1").dependsOn()).containsExactly("core");
        assertThat(graph.get("bill1").resolvedDependencies()).containsExactly("base1");
        assertThat(graph.get("rep1").resolvedDependencies()).containsExactly("bill3abc");
        // bill3's dependency on core2 is implied by its parent bill2, which declares the same.
        assertThat(graph.get("bill3").resolvedDependencies()).containsExactly("core2");
        assertThat(graph.get("bill3").normalizedDependencies()).isEmpty();
        assertThat(graph.get("bill3").normalizedDownRevisions()).containsExactly("bill2");
        assertThat(graph.get("bill2").normalizedDownRevisions()).containsExactly("bill1", "core2");
        assertThat(graph.get("core2").isHead()).isTrue();
        assertThat(graph.get("core2").isRealHead()).isFalse();
        assertThat(graph.get("core2").allNextRevisions()).containsExactly("bill2", "bill3");
        assertThat(graph.heads()).containsExactly("core2", "rep1", "bill3abc");
        assertThat(graph.effectiveHeads()).containsExactly("rep1");
        assertThat(graph.bases()).containsExactly("base1", "bill1", "rep1");
        assertThat(graph.get("bill1").isRealBase()).isFalse();
    }

    @Test
    void missingParentIsNamedWithTheRevisionReferringToIt() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "zz")))
                .isInstanceOf(RevisionGraphException.class)
                .isInstanceOf(BadInputException.class)
                .hasMessage("Revision zz referenced from b is not present");
    }

    @Test
    void missingOrAmbiguousDependencyIsReported() {
        assertThatThrownBy(() -> graph(rev("a"), dependent("b", List.of("a"), "nowhere")))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("Revision nowhere referenced from b is not present");
        assertThatThrownBy(() -> graph(rev("abcd1"), rev("abcd2"), dependent("x", List.of(), "abcd")))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("depends_on 'abcd' of revision x is ambiguous: Multiple revisions start with 'abcd': "
                        + "'abcd1', 'abcd2'...; give more characters of the id");
    }

    @Test
    void selfLoopsAreDetected() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "b")))
                .isInstanceOfSatisfying(CycleDetectedException.class, e -> assertThat(e.cycle())
                        .isEqualTo(CycleDetectedException.Kind.SELF_LOOP))
                .hasMessage("Self-loop is detected in revisions (b)");
        assertThatThrownBy(() -> graph(rev("a"), dependent("b", List.of("a"), "b")))
                .isInstanceOfSatisfying(CycleDetectedException.class, e -> assertThat(e.cycle())
                        .isEqualTo(CycleDetectedException.Kind.DEPENDENCY_SELF_LOOP))
                .hasMessage("Dependency self-loop is detected in revisions (b)");
    }

    @Test
    void cyclesAreDetected() {
        assertThatThrownBy(() -> graph(rev("a", "b"), rev("b", "a")))
                .isInstanceOf(CycleDetectedException.class)
                .hasMessage("Cycle is detected in revisions (a, b)");
        assertThatThrownBy(() ->
                        graph(rev("a"), rev("b", "a"), rev("c", "b", "e"), rev("d", "c"), rev("e", "d"), rev("f", "e")))
                .isInstanceOf(CycleDetectedException.class)
                .hasMessage("Cycle is detected in revisions (c, d, e)");
    }

    @Test
    void dependencyCyclesAreDetected() {
        assertThatThrownBy(() -> graph(rev("a"), dependent("b", List.of("a"), "c"), dependent("c", List.of("a"), "b")))
                .isInstanceOfSatisfying(
                        CycleDetectedException.class,
                        e -> assertThat(e.cycle().throughDependencies()).isTrue())
                .hasMessage("Dependency cycle is detected in revisions (a, b, c)");
    }

    @Test
    void duplicateBranchLabelsAndIdsAreRejected() {
        assertThatThrownBy(() -> graph(rev("a"), labelled("b", "x", "a"), rev("c"), labelled("d", "x", "c")))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("Branch name 'x' in revision d already used by revision b");
        assertThatThrownBy(() -> graph(rev("a"), labelled("b", "a", "a")))
                .hasMessage("Branch name 'a' in revision b already used by revision a");
        assertThatThrownBy(() -> graph(rev("a"), rev("a")))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("Revision a is present more than once");
    }

    @Test
    void revisionIdsMayNotHoldTargetSyntax() {
        assertThatThrownBy(() -> graph(rev("a-b")))
                .hasMessage("Character(s) '-' not allowed in revision identifier 'a-b'");
        assertThatThrownBy(() -> graph(rev("a@b:c+d")))
                .hasMessage("Character(s) '+, :, @' not allowed in revision identifier 'a@b:c+d'");
    }

    @Test
    void anEmptyGraphHasNoHeads() {
        RevisionGraph graph = RevisionGraph.of(List.of());

        assertThat(graph.heads()).isEmpty();
        assertThat(graph.resolve("heads")).isEmpty();
        assertThat(graph.resolveOne("head")).isEmpty();
        assertThat(graph.upgradeSteps(List.of(), "heads")).isEmpty();
        assertThat(graph.walkRevisions("base", "heads")).isEmpty();
    }

    @Test
    void nodesKeepTheirDeclaredOrder() {
        RevisionNode node = new RevisionNode("m", List.of("y", "x"), Set.of("l2", "l1"), List.of("q", "p"), null);

        assertThat(node.downRevisions()).containsExactly("y", "x");
        assertThat(node.dependsOn()).containsExactly("q", "p");
        assertThat(node.message()).isEmpty();
    }
}
