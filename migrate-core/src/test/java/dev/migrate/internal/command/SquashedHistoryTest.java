package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.RevisionNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What history, show and current print for a squashed revision s (replacing a, b, c) followed by d,
 * with the originals present and deleted; the expected outputs are in
 * src/test/resources/dev/migrate/internal/command/squashed.
 */
class SquashedHistoryTest {

    private static ScriptGraph graph(boolean withOriginals) {
        List<RevisionNode> nodes = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        if (withOriginals) {
            nodes.add(new RevisionNode("a", List.of(), Set.of(), List.of(), "create account"));
            nodes.add(new RevisionNode("b", List.of("a"), Set.of(), List.of(), "account name"));
            nodes.add(new RevisionNode("c", List.of("b"), Set.of(), List.of(), "post"));
            List.of("a", "b", "c").forEach(id -> sources.put(id, "versions/" + id + ".sql"));
        }
        nodes.add(new RevisionNode("s", List.of(), Set.of(), List.of(), "baseline 2026", List.of("a", "b", "c")));
        nodes.add(new RevisionNode("d", List.of("c"), Set.of(), List.of(), "tags"));
        sources.put("s", "versions/s.sql");
        sources.put("d", "versions/d.sql");
        return new ScriptGraph(RevisionGraph.of(nodes), sources);
    }

    @Test
    void historyShowsTheSquashAndWhatItReplaces() {
        for (boolean withOriginals : List.of(true, false)) {
            assertThat(run(graph(withOriginals), c -> c.history(null, false, false, List::of)))
                    .isEqualTo(expected("history.txt"));
            assertThat(run(graph(withOriginals), c -> c.history(null, true, false, List::of)))
                    .isEqualTo(expected("history-v.txt"));
            assertThat(run(graph(withOriginals), c -> c.show("s", List::of))).isEqualTo(expected("show.txt"));
        }
    }

    @Test
    void theEndOfTheRangeInTheVersionTableStandsForTheSquash() {
        assertThat(run(graph(false), c -> c.history(null, false, true, () -> List.of("c"))))
                .isEqualTo(expected("history-i-at-end.txt"));
        assertThat(run(graph(false), c -> c.current(List.of("c"), false, false, "url")))
                .isEqualTo("c (replaced by s)\n");
    }

    @Test
    void aDatabaseInsideTheRangeShowsItsOriginal() {
        assertThat(run(graph(true), c -> c.current(List.of("b"), false, false, "url")))
                .isEqualTo("b (replaced by s)\n");
        assertThat(run(graph(true), c -> c.show("current", () -> List.of("b")))).isEqualTo(expected("show-inside.txt"));
    }

    private static String run(ScriptGraph graph, Consumer<HistoryCommands> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.accept(new HistoryCommands(
                graph, new Console(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false)));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String expected(String name) {
        try (InputStream in = SquashedHistoryTest.class.getResourceAsStream("squashed/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
