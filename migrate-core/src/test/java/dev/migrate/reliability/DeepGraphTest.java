package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.MigrateSettings;
import dev.migrate.Migration;
import dev.migrate.internal.command.Console;
import dev.migrate.internal.command.GraphDrawing;
import dev.migrate.internal.command.HistoryCommands;
import dev.migrate.internal.command.ScriptGraph;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.runtime.OfflineRunner;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.graph.HeadsTracker;
import dev.migrate.internal.script.graph.MigrationStep;
import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.RevisionNode;
import dev.migrate.ops.Operations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Fifty thousand revisions in one line, a depth no call stack holds: every command that walks the
 * graph (drawing it, history, heads, planning, offline scripts, squashed ranges, cycle checks)
 * works with loops, not recursion, so none of them dies with a StackOverflowError.
 */
class DeepGraphTest {

    private static final int DEPTH = 50_000;

    private static String id(int i) {
        return "r" + i;
    }

    private static List<RevisionNode> line(int size) {
        List<RevisionNode> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(new RevisionNode(
                    id(i),
                    i == 0 ? List.of() : List.of(id(i - 1)),
                    i == 0 ? Set.of("core") : Set.of(),
                    i < 2 ? List.of() : List.of(id(i - 2)),
                    "revision " + i));
        }
        return nodes;
    }

    private static final RevisionGraph GRAPH = RevisionGraph.of(line(DEPTH));

    private static ScriptGraph scripts() {
        Map<String, String> sources = new LinkedHashMap<>();
        GRAPH.revisions().forEach(r -> sources.put(r.id(), r.id() + ".sql"));
        return new ScriptGraph(GRAPH, sources);
    }

    @Test
    void drawsTheGraphInEveryFormat() {
        String text = console(c -> new GraphDrawing(GRAPH, c).draw(GraphDrawing.Format.TEXT));
        assertThat(text.lines().count()).isEqualTo(DEPTH);
        assertThat(text)
                .startsWith("r0 (core), revision 0\n")
                .endsWith("r49999 [depends on r49997] (head), revision 49999\n");
        assertThat(text.length())
                .as("a line does not indent the drawing further at every revision")
                .isLessThan(3_000_000);
        assertThat(console(c -> new GraphDrawing(GRAPH, c).draw(GraphDrawing.Format.MERMAID)))
                .contains("r_r49998 --> r_r49999");
        assertThat(console(c -> new GraphDrawing(GRAPH, c).draw(GraphDrawing.Format.DOT)))
                .contains("\"r49998\" -> \"r49999\";");
    }

    @Test
    void historyHeadsAndBranchesWalkTheWholeLine() {
        ScriptGraph scripts = scripts();
        String history =
                console(c -> new HistoryCommands(scripts, c).history(null, false, true, () -> List.of(id(100))));
        assertThat(history.lines().count()).isEqualTo(DEPTH);
        assertThat(history).contains("r99 (r98) -> r100 (core) (current), revision 100");
        assertThat(console(c -> new HistoryCommands(scripts, c)
                        .history("r10:current", false, false, () -> List.of(id(40_000)))))
                .hasLineCount(40_000 - 10 + 1);
        assertThat(console(c -> new HistoryCommands(scripts, c).heads(false, false)))
                .isEqualTo("r49999 (core) (head)\n");
        assertThat(console(c -> new HistoryCommands(scripts, c).branches(false)))
                .isEmpty();
        assertThat(console(c -> new HistoryCommands(scripts, c).show("r0", List::of)))
                .contains("Rev: r0");
    }

    @Test
    void plansEveryKindOfStep() {
        List<MigrationStep> up = GRAPH.upgradeSteps(List.of(), "heads");
        assertThat(up).hasSize(DEPTH);
        HeadsTracker tracker = new HeadsTracker(GRAPH, List.of());
        up.forEach(tracker::apply);
        assertThat(tracker.heads()).containsExactly(id(DEPTH - 1));
        assertThat(GRAPH.upgradeSteps(List.of(id(5)), "core@head")).hasSize(DEPTH - 6);
        assertThat(GRAPH.downgradeSteps(List.of(id(DEPTH - 1)), "base")).hasSize(DEPTH);
        assertThat(GRAPH.downgradeSteps(List.of(id(DEPTH - 1)), "-3")).hasSize(3);
        assertThat(GRAPH.upgradeSteps(List.of(id(0)), "head-49998")).hasSize(1);
        assertThat(GRAPH.upgradeSteps(List.of(id(3)), "r3+49990")).hasSize(49_990);
        assertThat(GRAPH.walkRevisions("base", "heads")).hasSize(DEPTH);
        assertThat(new HeadsTracker(GRAPH, List.of(id(DEPTH - 1)))
                        .stamp(List.of(id(DEPTH - 1)), List.of("base"), false))
                .isNotEmpty();
    }

    @Test
    void writesTheOfflineScriptOfTheWholeLine() {
        Map<String, RevisionScript> scripts = new LinkedHashMap<>();
        Migration migration = new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.execute("SELECT 1");
            }

            @Override
            public void downgrade(Operations op) {
                op.execute("SELECT 2");
            }
        };
        for (RevisionNode node : line(DEPTH)) {
            scripts.put(
                    node.id(), new RevisionScript(node, RevisionScript.Kind.JAVA, node.id(), null, true, migration));
        }
        OfflineRunner runner =
                new OfflineRunner(Dialect.named("postgresql"), MigrateSettings.defaults(), GRAPH, scripts);
        StringBuilder up = new StringBuilder();
        runner.upgrade("base:heads", up);
        assertThat(up).contains("-- Running upgrade r49998 -> r49999, revision 49999");
        StringBuilder down = new StringBuilder();
        runner.downgrade("r49999:r49000", down);
        assertThat(down).contains("-- Running downgrade r49001 -> r49000, revision 49001");
    }

    @Test
    void squashesAndChecksTheWholeLine() {
        List<String> replaced = line(DEPTH).stream().map(RevisionNode::id).toList();
        List<RevisionNode> nodes = new ArrayList<>(line(DEPTH));
        nodes.add(new RevisionNode("squash", List.of(), Set.of("core"), List.of(), "squashed", replaced));
        nodes.add(new RevisionNode("after", List.of(id(DEPTH - 1)), Set.of(), List.of(), "after"));
        RevisionGraph squashed = RevisionGraph.of(nodes);
        assertThat(squashed.resolve("heads")).containsExactly("after");
        assertThat(squashed.upgradeSteps(List.of(id(3)), "heads")).hasSize(DEPTH - 4 + 2);

        List<RevisionNode> cycle = new ArrayList<>(line(DEPTH));
        cycle.set(0, new RevisionNode(id(0), List.of(id(DEPTH - 1)), Set.of(), List.of(), "loop"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RevisionGraph.of(cycle))
                .hasMessageContaining("ycle");
    }

    private static String console(Consumer<Console> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.accept(new Console(new PrintStream(out, false, StandardCharsets.UTF_8), System.err, false));
        return out.toString(StandardCharsets.UTF_8);
    }
}
