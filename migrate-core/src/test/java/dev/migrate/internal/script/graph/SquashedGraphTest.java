package dev.migrate.internal.script.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A squashed revision s stands for a (root), b1 and b2 (branches), m (their merge) and c; d and
 * e follow c. The plan depends on where the database is and whether the originals are present.
 */
class SquashedGraphTest {

    private static final List<String> RANGE = List.of("a", "b1", "b2", "m", "c");

    private static RevisionNode rev(String id, String... down) {
        return new RevisionNode(id, List.of(down), Set.of(), List.of(), "");
    }

    private static RevisionNode squash() {
        return new RevisionNode("s", List.of(), Set.of(), List.of(), "baseline", RANGE);
    }

    private static List<RevisionNode> originals() {
        return List.of(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("m", "b1", "b2"), rev("c", "m"));
    }

    private static RevisionGraph withOriginals() {
        List<RevisionNode> nodes = new ArrayList<>(originals());
        nodes.add(squash());
        nodes.add(rev("d", "c"));
        nodes.add(rev("e", "d"));
        return RevisionGraph.of(nodes);
    }

    private static RevisionGraph withoutOriginals() {
        return RevisionGraph.of(List.of(squash(), rev("d", "c"), rev("e", "d")));
    }

    private static List<String> plan(List<MigrationStep> steps) {
        return steps.stream().map(MigrationStep::shortLog).toList();
    }

    @Test
    void theSquashStandsForTheRangeInTheGraphWhetherOrNotTheOriginalsArePresent() {
        for (RevisionGraph graph : List.of(withOriginals(), withoutOriginals())) {
            assertThat(graph.revisions()).extracting(GraphRevision::id).containsExactly("s", "d", "e");
            assertThat(graph.bases()).containsExactly("s");
            assertThat(graph.heads()).containsExactly("e");
            assertThat(graph.get("d").downRevisions()).containsExactly("s");
            assertThat(graph.get("s").replaces()).containsExactlyElementsOf(RANGE);
            assertThat(graph.squashedInto("b1")).contains("s");
            assertThat(graph.resolve("c")).containsExactly("s");
        }
        assertThat(withOriginals().originals("s")).isPresent();
        assertThat(withoutOriginals().originals("s").orElse(null)).isNull();
    }

    @Test
    void aFreshDatabaseRunsTheSquashAlone() {
        assertThat(plan(withOriginals().upgradeSteps(List.of(), "heads")))
                .containsExactly("upgrade  -> s", "upgrade s -> d", "upgrade d -> e");
    }

    @Test
    void aDatabaseInsideTheRangeRunsTheRemainingOriginalsThenIsRecordedAtTheSquash() {
        assertThat(plan(withOriginals().upgradeSteps(List.of("b1"), "heads")))
                .containsExactly(
                        "upgrade a -> b2",
                        "upgrade b1, b2 -> m",
                        "upgrade m -> c",
                        "stamp_revision c -> s",
                        "upgrade s -> d",
                        "upgrade d -> e");
        assertThat(plan(withOriginals().upgradeSteps(List.of("b1", "b2"), "s")))
                .containsExactly("upgrade b1, b2 -> m", "upgrade m -> c", "stamp_revision c -> s");
    }

    @Test
    void theVersionTableFollowsTheOriginalsAndTheStamp() {
        RevisionGraph graph = withOriginals();
        HeadsTracker tracker = new HeadsTracker(graph, List.of("b1"));
        for (MigrationStep step : graph.upgradeSteps(List.of("b1"), "d")) {
            tracker.apply(step);
        }
        assertThat(tracker.heads()).containsExactly("d");
    }

    @Test
    void aDatabaseAtTheEndOfTheRangeIsOnlyRestamped() {
        assertThat(plan(withOriginals().upgradeSteps(List.of("c"), "heads")))
                .containsExactly("stamp_revision c -> s", "upgrade s -> d", "upgrade d -> e");
        assertThat(plan(withoutOriginals().upgradeSteps(List.of("c"), "heads")))
                .containsExactly("stamp_revision c -> s", "upgrade s -> d", "upgrade d -> e");
    }

    @Test
    void databasesAtOrPastTheSquashContinue() {
        assertThat(plan(withOriginals().upgradeSteps(List.of("s"), "heads")))
                .containsExactly("upgrade s -> d", "upgrade d -> e");
        assertThat(plan(withoutOriginals().upgradeSteps(List.of("d"), "heads"))).containsExactly("upgrade d -> e");
    }

    @Test
    void downgradingBelowTheSquashRunsItsDowngrade() {
        assertThat(plan(withoutOriginals().downgradeSteps(List.of("e"), "base")))
                .containsExactly("downgrade e -> d", "downgrade d -> s", "downgrade s -> ");
        assertThat(plan(withOriginals().downgradeSteps(List.of("m"), "a")))
                .containsExactly("downgrade m -> b1, b2", "downgrade b1 -> a", "downgrade b2 -> a");
    }

    @Test
    void aDatabaseAtTheEndOfTheRangeGoesDownThroughTheSquashOnceTheOriginalsAreGone() {
        RevisionGraph graph = withoutOriginals();
        assertThat(plan(graph.downgradeSteps(List.of("c"), "base")))
                .containsExactly("stamp_revision c -> s", "downgrade s -> ");
        HeadsTracker tracker = new HeadsTracker(graph, List.of("c"));
        graph.downgradeSteps(List.of("c"), "base").forEach(tracker::apply);
        assertThat(tracker.heads()).isEmpty();
    }

    @Test
    void stampingADatabaseAtTheEndOfTheRangeMovesItsRow() {
        RevisionGraph graph = withoutOriginals();
        List<VersionChange> changes = new HeadsTracker(graph, List.of("c")).stamp(List.of("c"), List.of("d"), false);
        assertThat(changes).containsExactly(new VersionChange.Update("c", "s"), new VersionChange.Update("s", "d"));
    }

    @Test
    void aDatabaseInsideTheRangeWithoutTheOriginalsCannotUpgrade() {
        assertThatThrownBy(() -> withoutOriginals().upgradeSteps(List.of("b1"), "heads"))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("inside the range squashed by s")
                .hasMessageContaining("Restore them");
    }

    @Test
    void aRevisionInsideTheRangeIsNotATarget() {
        assertThatThrownBy(() -> withOriginals().resolve("m"))
                .isInstanceOf(ResolutionException.class)
                .hasMessageContaining("Revision m is replaced by squashed revision s");
    }

    @Test
    void aChildOfARevisionInsideTheRangeIsRefused() {
        List<RevisionNode> nodes = new ArrayList<>(originals());
        nodes.add(squash());
        nodes.add(rev("x", "b1"));
        assertThatThrownBy(() -> RevisionGraph.of(nodes))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("Revision x names b1 as its down revision, but b1 lies inside the range"
                        + " squashed by s, which ends at c");
    }

    @Test
    void someOriginalsDeletedAndOthersKeptIsRefused() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(rev("m", "b1", "b2"), rev("c", "m"), squash())))
                .isInstanceOf(RevisionGraphException.class)
                .hasMessageContaining("Squashed revision s replaces a, b1, b2, m, c, but the original scripts present"
                        + " do not form that history");
    }

    @Test
    void aLaterSquashCanReplaceAnEarlierOne() {
        List<RevisionNode> nodes = new ArrayList<>(originals());
        nodes.add(squash());
        nodes.add(rev("d", "c"));
        nodes.add(new RevisionNode(
                "t", List.of(), Set.of(), List.of(), "", List.of("a", "b1", "b2", "m", "c", "s", "d")));
        nodes.add(rev("e", "d"));
        RevisionGraph graph = RevisionGraph.of(nodes);

        assertThat(graph.revisions()).extracting(GraphRevision::id).containsExactly("t", "e");
        assertThat(plan(graph.upgradeSteps(List.of("m"), "heads")))
                .containsExactly(
                        "upgrade m -> c",
                        "stamp_revision c -> s",
                        "upgrade s -> d",
                        "stamp_revision d -> t",
                        "upgrade t -> e");
    }
}
