package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.ScriptDirectory;
import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.RevisionNode;
import dev.migrate.testing.AlembicGolden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The output of history, heads, branches, show and current against what Alembic 1.8.1 printed
 * for the same graph (branch point, merge point, labels, dependencies, an effective head, two
 * roots). The recordings and how they were made are in migrate-test-support, dev/migrate/testing/golden.
 */
class HistoryCommandsGoldenTest {

    private static final List<String> DATABASE_HEADS = List.of("dddd00000004", "ffff00000006");

    private final ScriptGraph scripts = ScriptGraph.of(load());

    @Test
    void history() {
        assertMatches("history.txt", c -> c.history(null, false, false, this::unexpected));
        assertMatches("history-v.txt", c -> c.history(null, true, false, this::unexpected));
        assertMatches("history-range.txt", c -> c.history("aaaa00000001:eeee00000005", false, false, this::unexpected));
        assertMatches("history-range-v.txt", c -> c.history("cccc:heads", true, false, this::unexpected));
    }

    @Test
    void historyAgainstTheDatabase() {
        assertMatches("history-i.txt", c -> c.history(null, false, true, () -> DATABASE_HEADS));
        assertMatches("history-from-current.txt", c -> c.history("current:", false, false, () -> DATABASE_HEADS));
    }

    @Test
    void heads() {
        assertMatches("heads.txt", c -> c.heads(false, false));
        assertMatches("heads-v.txt", c -> c.heads(true, false));
        assertMatches("heads-resolve.txt", c -> c.heads(false, true));
    }

    @Test
    void branches() {
        assertMatches("branches.txt", c -> c.branches(false));
        assertMatches("branches-v.txt", c -> c.branches(true));
    }

    @Test
    void show() {
        assertMatches("show-merge.txt", c -> c.show("eeee", this::unexpected));
        assertMatches("show-label.txt", c -> c.show("cccc00000003", this::unexpected));
        assertMatches("show-deps.txt", c -> c.show("9999", this::unexpected));
        assertMatches("show-heads.txt", c -> c.show("heads", this::unexpected));
        assertMatches("show-label-head.txt", c -> c.show("billing@head", this::unexpected));
        assertMatches("show-current.txt", c -> c.show("current", () -> DATABASE_HEADS));
    }

    @Test
    void current() {
        // Alembic prints the current revisions in set order: compare them as a set
        assertThat(run(c -> c.current(DATABASE_HEADS, false, false, "sqlite:///golden.db"))
                        .lines()
                        .sorted())
                .containsExactlyElementsOf(
                        golden("current.txt").lines().sorted().toList());
        assertThat(sortedBlocks(run(c -> c.current(DATABASE_HEADS, true, false, "sqlite:///golden.db"))))
                .isEqualTo(sortedBlocks(golden("current-v.txt")));
    }

    @Test
    void aDatabaseAtARevisionTheScriptsDoNotKnowIsACommandFailure() {
        for (Consumer<HistoryCommands> command : List.<Consumer<HistoryCommands>>of(
                c -> c.current(List.of("0123456789ab"), false, false, "url"),
                c -> c.history("current:", false, false, () -> List.of("0123456789ab")),
                c -> c.show("current", () -> List.of("0123456789ab")))) {
            assertThatThrownBy(() -> run(command))
                    .isExactlyInstanceOf(MigrateException.class)
                    .hasMessage("Can't locate revision identified by '0123456789ab'");
        }
    }

    @Test
    void historyIndicateCurrentListsEverythingWhenARowIsUnknownAndWarnsAboutIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String out =
                run(scripts, c -> c.history(null, false, true, () -> List.of("0123456789ab", "ffff00000006")), err);
        assertThat(normalize(out)).isEqualTo(normalize(golden("history-i-unknown-row.txt")));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("WARNING: Can't locate revision identified by "
                        + "'0123456789ab': the version table records it, but no script defines it; it is not marked in "
                        + "this history.\n");

        String onlyUnknown = run(c -> c.history(null, false, true, () -> List.of("0123456789ab")));
        assertThat(onlyUnknown).doesNotContain("(current)");
        assertThat(normalize(onlyUnknown)).isEqualTo(normalize(golden("history-i-only-unknown-row.txt")));
    }

    @Test
    void aMessageOfSeveralParagraphsIsIndentedAsADocstring() {
        List<RevisionScript> loaded = load();
        List<RevisionNode> nodes = new ArrayList<>();
        for (RevisionScript script : loaded) {
            RevisionNode node = script.node();
            nodes.add(
                    !node.id().equals("8888000000c0")
                            ? node
                            : new RevisionNode(
                                    node.id(),
                                    node.downRevisions(),
                                    node.branchLabels(),
                                    node.dependsOn(),
                                    "after merge\n\nA longer explanation\nover two lines."));
        }
        ScriptGraph multiline = ScriptGraph.of(RevisionGraph.of(nodes), loaded);
        String actual = run(multiline, c -> c.heads(true, false));
        assertThat(normalize(actual)).isEqualTo(normalize(golden("heads-v-multiline-message.txt")));
    }

    private List<String> unexpected() {
        throw new AssertionError("this command must not ask the database");
    }

    private void assertMatches(String golden, Consumer<HistoryCommands> command) {
        assertThat(normalize(run(command))).as(golden).isEqualTo(normalize(golden(golden)));
    }

    private String run(Consumer<HistoryCommands> command) {
        return run(scripts, command);
    }

    private static String run(ScriptGraph graph, Consumer<HistoryCommands> command) {
        return run(graph, command, new ByteArrayOutputStream());
    }

    private static String run(ScriptGraph graph, Consumer<HistoryCommands> command, ByteArrayOutputStream err) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.accept(new HistoryCommands(
                graph,
                new Console(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false)));
        return out.toString(StandardCharsets.UTF_8);
    }

    static String normalize(String text) {
        return AlembicGolden.normalize(text);
    }

    private static List<String> sortedBlocks(String text) {
        List<String> blocks = new ArrayList<>(Arrays.asList(normalize(text).split("(?m)^(?=Rev: )")));
        blocks.sort(null);
        return blocks;
    }

    private static String golden(String name) {
        return AlembicGolden.alembic(name);
    }

    private static List<RevisionScript> load() {
        return ScriptDirectory.load(
                List.of("classpath:dev/migrate/testing/golden/versions"),
                HistoryCommandsGoldenTest.class.getClassLoader());
    }
}
