package dev.migrate.internal.script.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every identifier form Alembic's RevisionMap accepts, on its LabeledBranchTest graph; messages as Alembic prints them. */
class TargetResolutionTest {

    private final RevisionGraph graph = ClassicGraphs.labeledTwoBases();

    @Test
    void fullIdsAndUniquePrefixes() {
        assertThat(graph.resolve("someothername")).containsExactly("someothername");
        assertThat(graph.resolve("someo")).containsExactly("someothername");
        assertThat(graph.resolve("e")).containsExactly("e");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        assertThatThrownBy(() -> graph.resolve("some"))
                .isInstanceOfSatisfying(
                        ResolutionException.class, e -> assertThat(e.argument()).isEqualTo("some"))
                .hasMessage("Multiple revisions start with 'some': 'somelongername', 'someothername'...");
    }

    @Test
    void unknownRevision() {
        assertThatThrownBy(() -> graph.resolve("zzzz"))
                .isInstanceOf(ResolutionException.class)
                .hasMessage("Can't locate revision identified by 'zzzz'");
        assertThatThrownBy(() -> graph.resolve("ebranch@sos")).hasMessage("Can't locate revision identified by 'sos'");
    }

    @Test
    void headNeedsASingleHead() {
        assertThatThrownBy(() -> graph.resolve("head"))
                .isInstanceOfSatisfying(
                        MultipleHeadsException.class, e -> assertThat(e.heads()).containsExactly("c", "f"))
                .hasMessage("Multiple head revisions are present for given argument 'head'; please specify a "
                        + "specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' "
                        + "for all heads");
        assertThatThrownBy(() -> graph.resolveOne("heads"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessageStartingWith("Multiple head revisions are present for given argument 'heads';");
        assertThat(ClassicGraphs.linear().resolve("head")).containsExactly("3975fb1a0125");
    }

    @Test
    void headsAndBase() {
        assertThat(graph.resolve("heads")).containsExactly("c", "f");
        assertThat(graph.resolve("base")).isEmpty();
        assertThat(graph.resolveOne("base")).isEmpty();
    }

    @Test
    void branchLabelsAndLabelQualifiedTargets() {
        assertThat(graph.resolve("abranch")).containsExactly("a");
        assertThat(graph.resolve("abranch@head")).containsExactly("c");
        assertThat(graph.resolve("ebranch@head")).containsExactly("f");
        assertThat(graph.resolve("abranch@heads")).containsExactly("c");
        assertThat(graph.resolve("ebranch@base")).isEmpty();
        assertThat(graph.resolve("ebranch@some")).containsExactly("someothername");
        assertThat(graph.resolve("abranch@some")).containsExactly("somelongername");
        assertThat(graph.resolveOne("ebranch@ebranch")).map(GraphRevision::id).contains("e");
        // A revision id can stand in for the branch it is on.
        assertThat(graph.resolve("e@d")).containsExactly("d");
    }

    @Test
    void labelQualifiedTargetMustBeOnTheBranch() {
        assertThatThrownBy(() -> graph.resolve("ebranch@b"))
                .isInstanceOf(ResolutionException.class)
                .hasMessage("Revision b is not a member of branch 'ebranch'");
        assertThatThrownBy(() -> graph.resolve("x@d"))
                .isInstanceOf(ResolutionException.class)
                .hasMessage("No such branch: 'x'");
    }

    @Test
    void negativeCountsWalkDownFromTheHeads() {
        assertThat(graph.resolve("-1")).containsExactly("somelongername", "someothername");
        assertThat(graph.resolve("-2")).containsExactly("b", "e");
        assertThat(graph.resolve("ebranch@-1")).containsExactly("someothername");
    }

    @Test
    void relativeFormsAreNotIdentifiersOutsideUpgradeAndDowngrade() {
        assertThatThrownBy(() -> graph.resolve("+1")).hasMessage("Can't locate revision identified by '+1'");
        assertThatThrownBy(() -> graph.resolve("head-1")).hasMessage("Can't locate revision identified by 'head-1'");
    }

    @Test
    void lineageFilter() {
        assertThat(graph.filterForLineage(java.util.List.of("c", "f", "b"), "ebranch"))
                .containsExactly("f");
        assertThat(graph.filterForLineage(java.util.List.of("c", "f"), "base")).containsExactly("c", "f");
    }

    @Test
    void offlineStartingRevisions() {
        assertThat(graph.startingRevisions("base")).isEmpty();
        assertThat(graph.startingRevisions("someo")).containsExactly("someothername");
        assertThat(graph.startingRevisions("ebranch@head")).containsExactly("f");
    }
}
