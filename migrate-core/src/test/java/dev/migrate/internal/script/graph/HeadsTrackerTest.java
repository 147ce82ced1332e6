package dev.migrate.internal.script.graph;

import static dev.migrate.internal.script.graph.ClassicGraphs.changes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.internal.script.graph.VersionChange.Delete;
import dev.migrate.internal.script.graph.VersionChange.Insert;
import dev.migrate.internal.script.graph.VersionChange.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Version-table rows through upgrades, downgrades and stamps, as Alembic's HeadMaintainer writes them. */
class HeadsTrackerTest {

    @Test
    void straightLineInsertsOnceThenUpdates() {
        RevisionGraph graph = ClassicGraphs.linear();

        assertThat(changes(graph, List.of(), graph.upgradeSteps(List.of(), "548bbb905360")))
                .containsExactly(new Insert("e6239818bb3a"), new Update("e6239818bb3a", "548bbb905360"));
        assertThat(changes(graph, List.of("548bbb905360"), graph.downgradeSteps(List.of("548bbb905360"), "base")))
                .containsExactly(new Update("548bbb905360", "e6239818bb3a"), new Delete("e6239818bb3a"));
    }

    @Test
    void diamondOpensASecondRowAndMergesItAway() {
        RevisionGraph graph = ClassicGraphs.diamond();
        HeadsTracker tracker = new HeadsTracker(graph, List.of());
        List<MigrationStep> steps = graph.upgradeSteps(List.of(), "heads");

        assertThat(tracker.apply(steps.get(0))).containsExactly(new Insert("a"));
        assertThat(tracker.apply(steps.get(1))).containsExactly(new Update("a", "b2"));
        assertThat(tracker.apply(steps.get(2))).containsExactly(new Insert("b1"));
        assertThat(tracker.heads()).containsExactlyInAnyOrder("b1", "b2");
        assertThat(tracker.apply(steps.get(3))).containsExactly(new Delete("b1"), new Update("b2", "c"));
        assertThat(tracker.apply(steps.get(4))).containsExactly(new Update("c", "d"));
        assertThat(tracker.heads()).containsExactly("d");
    }

    @Test
    void downgradeThroughAMergeRestoresBothRows() {
        RevisionGraph graph = ClassicGraphs.diamond();

        assertThat(changes(graph, List.of("d"), graph.downgradeSteps(List.of("d"), "base")))
                .containsExactly(
                        new Update("d", "c"),
                        new Insert("b1"),
                        new Update("c", "b2"),
                        new Delete("b1"),
                        new Update("b2", "a"),
                        new Delete("a"));
    }

    @Test
    void twinMergesKeepTheRightRows() {
        RevisionGraph graph = ClassicGraphs.twinMerge();
        HeadsTracker tracker = new HeadsTracker(graph, List.of("a"));
        List<MigrationStep> steps = graph.upgradeSteps(List.of("a"), "heads");

        assertThat(ClassicGraphs.ids(steps)).containsExactly("b3", "b2", "b1", "c2", "d2", "c1", "d1");
        List<List<String>> headsAfterEach = new java.util.ArrayList<>();
        for (MigrationStep step : steps) {
            tracker.apply(step);
            headsAfterEach.add(List.copyOf(new java.util.TreeSet<>(tracker.heads())));
        }
        assertThat(headsAfterEach)
                .containsExactly(
                        List.of("b3"),
                        List.of("b2", "b3"),
                        List.of("b1", "b2", "b3"),
                        List.of("c2"),
                        List.of("d2"),
                        List.of("c1", "d2"),
                        List.of("d1", "d2"));
    }

    @Test
    void dependencyMergesRowsAcrossBases() {
        RevisionGraph graph = ClassicGraphs.dependsOnOtherBase();

        List<VersionChange> changes = changes(graph, List.of(), graph.upgradeSteps(List.of(), "c2"));
        assertThat(changes.subList(changes.size() - 2, changes.size()))
                .containsExactly(new Delete("b2"), new Update("c1", "c2"));

        HeadsTracker tracker = new HeadsTracker(graph, List.of("c2", "d1"));
        // d1 goes, and c1 needs no row of its own: c2 depends on it.
        assertThat(tracker.apply(MigrationStep.downgrade(graph.get("d1")))).containsExactly(new Delete("d1"));
        assertThat(tracker.heads()).containsExactly("c2");
    }

    @Test
    void stampToBaseDeletesTheRows() {
        RevisionGraph graph = ClassicGraphs.branched();

        assertThat(new HeadsTracker(graph, List.of()).stamp(List.of("d1", "d2"), List.of("base"), false))
                .containsExactly(new Delete("d1"), new Delete("d2"));
    }

    @Test
    void stampAcrossBranches() {
        RevisionGraph graph = ClassicGraphs.branched();

        HeadsTracker down = new HeadsTracker(graph, List.of());
        assertThat(down.stamp(List.of("d1", "c2"), List.of("b"), false))
                .containsExactly(new Delete("d1"), new Update("c2", "b"));
        assertThat(down.heads()).containsExactly("b");

        assertThat(new HeadsTracker(graph, List.of()).stamp(List.of("d1", "c2"), List.of("c1branch@base"), false))
                .containsExactly(new Delete("d1"));
        assertThat(new HeadsTracker(graph, List.of()).stamp(List.of("d1", "c2"), List.of("c2branch@head"), false))
                .containsExactly(new Update("c2", "d2"));
        assertThat(new HeadsTracker(graph, List.of()).stamp(List.of("d1"), List.of("c2"), false))
                .containsExactly(new Insert("c2"));
        assertThat(new HeadsTracker(graph, List.of()).stamp(List.of("d1", "d2"), List.of("heads"), false))
                .isEmpty();
    }

    @Test
    void stampSeveralTargets() {
        RevisionGraph graph = ClassicGraphs.branched();
        HeadsTracker tracker = new HeadsTracker(graph, List.of());

        assertThat(tracker.stamp(List.of(), List.of("d1", "d2"), false))
                .containsExactly(new Insert("d1"), new Insert("d2"));
        assertThat(tracker.heads()).containsExactly("d1", "d2");

        RevisionGraph labelled = ClassicGraphs.labeledTwoBases();
        assertThat(new HeadsTracker(labelled, List.of()).stamp(List.of("c"), List.of("e", "b"), false))
                .containsExactly(new Insert("e"), new Update("c", "b"));
    }

    @Test
    void stampWithPurgeIgnoresUnknownRows() {
        RevisionGraph graph = ClassicGraphs.labeledTwoBases();

        assertThatThrownBy(() -> new HeadsTracker(graph, List.of()).stamp(List.of("zzzz"), List.of("e"), false))
                .isInstanceOf(ResolutionException.class)
                .hasMessage("Can't locate revision identified by 'zzzz'");
        HeadsTracker tracker = new HeadsTracker(graph, List.of());
        assertThat(tracker.stamp(List.of("zzzz"), List.of("e"), true))
                .containsExactly(new Delete("zzzz"), new Insert("e"));
        assertThat(tracker.heads()).containsExactly("e");
    }

    @Test
    void stampWithAmbiguousHeadNamesTheProblem() {
        assertThatThrownBy(() ->
                        new HeadsTracker(ClassicGraphs.branched(), List.of()).stamp(List.of(), List.of("head"), false))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("Multiple heads are present; please specify a single target revision");
    }

    @Test
    void stampStepsReadAsAlembicLogsThem() {
        RevisionGraph graph = ClassicGraphs.branched();

        assertThat(graph.stampSteps(List.of("d1", "c2"), List.of("b")))
                .singleElement()
                .hasToString("stamp_revision d1, c2 -> b")
                .satisfies(step -> assertThat(step.upgrade()).isFalse());
    }

    @Test
    void aRowThatIsNotThereIsAnError() {
        RevisionGraph graph = ClassicGraphs.linear();
        HeadsTracker tracker = new HeadsTracker(graph, List.of("b7ea43dc85e4"));

        assertThatThrownBy(() -> tracker.apply(MigrationStep.downgrade(graph.get("3975fb1a0125"))))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("3975fb1a0125");
    }
}
