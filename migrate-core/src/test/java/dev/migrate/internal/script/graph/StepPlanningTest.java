package dev.migrate.internal.script.graph;

import static dev.migrate.internal.script.graph.ClassicGraphs.ids;
import static dev.migrate.internal.script.graph.ClassicGraphs.logs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Upgrade, downgrade and history ranges, checked against what Alembic's ScriptDirectory returns for the same graphs. */
class StepPlanningTest {

    private static final String A = "e6239818bb3a";
    private static final String B = "548bbb905360";
    private static final String C = "b7ea43dc85e4";
    private static final String D = "1bbe33445780";
    private static final String E = "3975fb1a0125";

    private final RevisionGraph linear = ClassicGraphs.linear();
    private final RevisionGraph branched = ClassicGraphs.branched();

    @Test
    void upgradeFromNothingRunsEveryRevisionWithAlembicsLogLines() {
        List<MigrationStep> steps = linear.upgradeSteps(List.of(), "head");

        assertThat(logs(steps))
                .containsExactly(
                        "upgrade  -> " + A,
                        "upgrade " + A + " -> " + B,
                        "upgrade " + B + " -> " + C,
                        "upgrade " + C + " -> " + D,
                        "upgrade " + D + " -> " + E);
        assertThat(steps.get(0)).hasToString("upgrade  -> " + A + ", first");
        assertThat(steps.get(0).direction()).isEqualTo(Direction.UPGRADE);
        assertThat(steps.get(1).fromRevisions()).containsExactly(A);
        assertThat(steps.get(1).toRevisions()).containsExactly(B);
    }

    @Test
    void relativeUpgrades() {
        assertThat(ids(linear.upgradeSteps(List.of(A), "+2"))).containsExactly(B, C);
        assertThat(ids(linear.upgradeSteps(List.of(A), "548b+2"))).containsExactly(B, C, D);
        assertThat(ids(linear.upgradeSteps(List.of(A), D + "-2"))).containsExactly(B);
        assertThat(ids(linear.upgradeSteps(List.of(), "head-1"))).containsExactly(A, B, C, D);
        assertThat(ids(linear.upgradeSteps(List.of(), "+1"))).containsExactly(A);
        assertThat(ids(linear.upgradeSteps(List.of(), "base+2"))).containsExactly(A, B);
    }

    @Test
    void relativeUpgradeThatCannotBeDone() {
        assertThatThrownBy(() -> linear.upgradeSteps(List.of(B), "-2"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("Relative revision -2 didn't produce 2 migrations");
        assertThatThrownBy(() -> linear.upgradeSteps(List.of(B), "+5"))
                .hasMessage("Relative revision +5 didn't produce 5 migrations");
    }

    @Test
    void relativeDowngrades() {
        MigrationStep step = linear.downgradeSteps(List.of(C), "-1").get(0);
        assertThat(step.shortLog()).isEqualTo("downgrade " + C + " -> " + B);
        assertThat(step.direction()).isEqualTo(Direction.DOWNGRADE);
        assertThat(ids(linear.downgradeSteps(List.of(E), "-3"))).containsExactly(E, D, C);
        assertThat(ids(linear.downgradeSteps(List.of(D), "e623+2"))).containsExactly(D);
        assertThat(ids(linear.downgradeSteps(List.of(E), "base"))).containsExactly(E, D, C, B, A);
        assertThat(ids(linear.downgradeSteps(List.of(E), null))).containsExactly(E, D, C, B, A);
    }

    @Test
    void downgradesThatCannotBeDone() {
        assertThatThrownBy(() -> linear.downgradeSteps(List.of(B), "-5"))
                .hasMessage("Relative revision -5 didn't produce 5 migrations");
        assertThatThrownBy(() -> linear.downgradeSteps(List.of(B), "+2"))
                .hasMessage("Relative revision +2 didn't produce 2 migrations");
        assertThatThrownBy(() -> linear.downgradeSteps(List.of(), "-1"))
                .hasMessage("Relative revision -1 didn't produce 1 migrations");
        assertThatThrownBy(() -> linear.downgradeSteps(List.of(B), "b7ea"))
                .isInstanceOf(RangeNotAncestorException.class)
                .hasMessage("Destination b7ea is not a valid downgrade target from current head(s)");
        assertThatThrownBy(() -> linear.downgradeSteps(List.of(), "548"))
                .hasMessage("Destination 548 is not a valid downgrade target from current head(s)");
    }

    @Test
    void offlineRangesStartFromTheNamedRevision() {
        assertThat(ids(linear.upgradeSteps(linear.startingRevisions("548b"), "head")))
                .containsExactly(C, D, E);
        assertThat(ids(linear.upgradeSteps(linear.startingRevisions("base"), C)))
                .containsExactly(A, B, C);
        assertThat(ids(linear.downgradeSteps(linear.startingRevisions("head"), C)))
                .containsExactly(E, D);
    }

    @Test
    void currentHeadsUnknownToTheGraphAreReported() {
        assertThatThrownBy(() -> linear.upgradeSteps(List.of("deadbeef0000"), "head"))
                .isInstanceOf(ResolutionException.class)
                .hasMessage("Can't locate revision identified by 'deadbeef0000'");
        assertThatThrownBy(() -> linear.upgradeSteps(List.of(), " ")).isInstanceOf(RevisionGraphException.class);
    }

    @Test
    void upgradingToAnAppliedRevisionDoesNothing() {
        assertThat(linear.upgradeSteps(List.of(E), B)).isEmpty();
        assertThat(linear.downgradeSteps(List.of(E), E)).isEmpty();
    }

    @Test
    void branchesUpgradeOneAfterTheOther() {
        assertThat(logs(branched.upgradeSteps(List.of("a"), "heads")))
                .containsExactly(
                        "upgrade a -> b", "upgrade b -> c2", "upgrade c2 -> d2", "upgrade b -> c1", "upgrade c1 -> d1");
        assertThat(ids(branched.downgradeSteps(List.of("d1", "d2"), "a"))).containsExactly("d1", "c1", "d2", "c2", "b");
    }

    @Test
    void headWithSeveralHeadsIsRefusedWithTheArgumentNamed() {
        assertThatThrownBy(() -> branched.upgradeSteps(List.of("a"), "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("Multiple head revisions are present for given argument 'head'; please specify a "
                        + "specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' "
                        + "for all heads");
    }

    @Test
    void branchQualifiedRelativeTargets() {
        assertThat(ids(branched.upgradeSteps(List.of("b"), "c2branch@head-1"))).containsExactly("c2");
        assertThat(ids(branched.upgradeSteps(List.of("c1"), "c2branch@+1"))).containsExactly("c2");
        assertThat(ids(branched.upgradeSteps(List.of("c1", "c2"), "c2branch@+1")))
                .containsExactly("d2");
        assertThat(ids(branched.downgradeSteps(List.of("d2", "d1"), "c2branch@base+2")))
                .containsExactly("d2", "c2");
        assertThat(ids(branched.downgradeSteps(List.of("d2", "d1"), "c2branch@base+3")))
                .containsExactly("d2");
        assertThat(ids(branched.downgradeSteps(List.of("d2", "d1"), "base+2"))).containsExactly("d1", "c1", "d2", "c2");
        assertThat(ids(branched.downgradeSteps(List.of("c1", "d2"), "c1branch@b")))
                .containsExactly("c1");
        assertThat(ids(branched.downgradeSteps(List.of("d1", "d2"), "c1branch@head-1")))
                .containsExactly("d1");
        assertThat(ids(branched.downgradeSteps(List.of("d1", "d2"), "c1branch@-1")))
                .containsExactly("d1");
    }

    @Test
    void relativeUpgradeFromSeveralHeadsIsAmbiguous() {
        assertThatThrownBy(() -> branched.upgradeSteps(List.of("c1", "c2"), "+1"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("Ambiguous upgrade from multiple current revisions");
    }

    @Test
    void minusOneFromSeveralHeadsIsRefusedWithTheTargetsThatWalkDownOneBranch() {
        // Alembic only warns ("downgrade -1 from multiple heads is ambiguous") and steps down the first head.
        assertThatThrownBy(() -> branched.downgradeSteps(List.of("d2", "d1"), "-1"))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessage("downgrade -1 from multiple heads is ambiguous: the database is at d2, d1. Nothing was run."
                        + " Name the head to step down from: d2@-1 or c2branch@-1 (steps down from d2);"
                        + " d1@-1 or c1branch@-1 (steps down from d1).");
        assertThatThrownBy(() -> branched.downgradeSteps(List.of("d1", "d2"), "-2"))
                .hasMessageStartingWith("downgrade -2 from multiple heads is ambiguous: the database is at d1, d2.");

        // each suggested target steps down its own branch only
        assertThat(ids(branched.downgradeSteps(List.of("d2", "d1"), "d2@-1"))).containsExactly("d2");
        assertThat(ids(branched.downgradeSteps(List.of("d2", "d1"), "c2branch@-1")))
                .containsExactly("d2");
        assertThat(ids(branched.downgradeSteps(List.of("d2", "d1"), "d1@-1"))).containsExactly("d1");
        assertThat(ids(branched.downgradeSteps(List.of("d2", "d1"), "c1branch@-1")))
                .containsExactly("d1");
        assertThat(ids(branched.downgradeSteps(List.of("d2", "d1"), "d1@-2"))).containsExactly("d1", "c1");
    }

    @Test
    void upgradeFromBase() {
        assertThat(ids(branched.upgradeSteps(List.of(), "base+1"))).containsExactly("a");
        assertThat(ids(branched.upgradeSteps(List.of(), "+1"))).containsExactly("a");
        assertThat(ids(branched.downgradeSteps(List.of("a"), "-1"))).containsExactly("a");
    }

    @Test
    void diamondRunsBothSidesBeforeTheMerge() {
        RevisionGraph diamond = ClassicGraphs.diamond();

        assertThat(ids(diamond.upgradeSteps(List.of(), "heads"))).containsExactly("a", "b2", "b1", "c", "d");
        assertThat(logs(diamond.downgradeSteps(List.of("d"), "b1")))
                .containsExactly("downgrade d -> c", "downgrade c -> b1, b2");
        assertThat(ids(diamond.upgradeSteps(List.of("b2"), "+1"))).containsExactly("b1", "c");
    }

    @Test
    void dependenciesOnAnotherBaseRunFirst() {
        RevisionGraph graph = ClassicGraphs.dependsOnOtherBase();

        assertThat(ids(graph.upgradeSteps(List.of(), "c2"))).containsExactly("a1", "b1", "c1", "a2", "b2", "c2");
        assertThat(ids(graph.upgradeSteps(List.of(), "heads")))
                .containsExactly("a1", "b1", "c1", "d1", "e1", "f1", "a2", "b2", "c2");
        assertThat(ids(graph.downgradeSteps(List.of("c2", "d1"), "b1"))).containsExactly("c2", "d1", "c1");
        assertThat(ids(graph.downgradeSteps(List.of("f1", "c2"), "lib1@base")))
                .containsExactly("c2", "f1", "e1", "d1", "c1", "b1", "a1");
    }

    @Test
    void effectiveHeadIsFoundThroughADependency() {
        RevisionGraph graph = ClassicGraphs.graph(
                ClassicGraphs.labelled("y1", "y"),
                ClassicGraphs.labelled("x1", "x"),
                ClassicGraphs.dependent("y2", List.of("y1"), "x1"),
                ClassicGraphs.rev("x2", "x1"));

        assertThat(ids(graph.downgradeSteps(List.of("x2", "y2"), "x@-1"))).containsExactly("x2");
        assertThat(ids(graph.downgradeSteps(List.of("y2"), "x@-1"))).containsExactly("y2", "x1");
    }

    @Test
    void historyRanges() {
        RevisionGraph graph = ClassicGraphs.labeledTwoBases();

        assertThat(graph.history(null))
                .extracting(GraphRevision::id)
                .containsExactly("c", "somelongername", "b", "a", "f", "someothername", "e", "d");
        assertThat(graph.history("ebranch@base:heads"))
                .extracting(GraphRevision::id)
                .containsExactly("f", "someothername", "e", "d");
        assertThat(graph.history(":ebranch@head"))
                .extracting(GraphRevision::id)
                .containsExactly("f", "someothername", "e", "d");
        assertThat(linear.history(C + ":")).extracting(GraphRevision::id).containsExactly(E, D, C);
        assertThatThrownBy(() -> graph.history("d:c"))
                .isInstanceOf(RangeNotAncestorException.class)
                .hasMessage("Requested range d:c does not refer to ancestor/descendant revisions along the same "
                        + "branch");
        assertThatThrownBy(() -> graph.history("c"))
                .hasMessage("History range requires [start]:[end], [start]:, or :[end]");
    }

    @Test
    void classicIterationOrders() {
        RevisionGraph travelling = ClassicGraphs.graph(
                ClassicGraphs.rev("a1"),
                ClassicGraphs.rev("a2", "a1"),
                ClassicGraphs.rev("a3", "a2"),
                ClassicGraphs.rev("b1", "a3"),
                ClassicGraphs.rev("b2", "a3"),
                ClassicGraphs.rev("cb1", "b1"),
                ClassicGraphs.rev("cb2", "b2"),
                ClassicGraphs.rev("db1", "cb1"),
                ClassicGraphs.rev("db2", "cb2"),
                ClassicGraphs.rev("e1b1", "db1"),
                ClassicGraphs.rev("fe1b1", "e1b1"),
                ClassicGraphs.rev("e2b1", "db1"),
                ClassicGraphs.rev("e2b2", "db2"),
                ClassicGraphs.rev("merge", "e2b1", "e2b2"));

        assertThat(travelling.walkRevisions("a1", "merge"))
                .extracting(GraphRevision::id)
                .containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
        assertThat(travelling.walkRevisions(List.of("a3"), List.of("merge", "fe1b1")))
                .extracting(GraphRevision::id)
                .containsExactly(
                        "fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3");
        assertThat(travelling.walkRevisions("b1", "merge"))
                .extracting(GraphRevision::id)
                .containsExactly("merge", "e2b1", "db1", "cb1", "b1");
    }
}
