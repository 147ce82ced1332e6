package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.script.graph.GraphRevision;
import dev.migrate.internal.script.graph.RevisionGraph;
import dev.migrate.internal.script.graph.RevisionNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares with text recorded from Alembic's {@code Script.cmd_format} and {@code log_entry}
 * (src/test/alembic/revision_text.py) for graphs with a branch point, a merge point, branch labels
 * and dependencies, each revision with and without the current marker.
 */
class RevisionTextTest {

    @TestFactory
    List<DynamicTest> textMatchesAlembic() throws IOException {
        String golden;
        try (InputStream in = RevisionTextTest.class.getResourceAsStream("revision-text-golden.txt")) {
            assertThat(in).isNotNull();
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = golden.lines().toList();
        RevisionGraph graph = null;
        List<RevisionNode> nodes = new ArrayList<>();
        Map<String, String> docs = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("graph ")) {
                nodes = new ArrayList<>();
                graph = null;
            } else if (line.startsWith("rev ")) {
                String[] parts = line.substring(4).split("\\|", -1);
                String doc = parts[4].replace("\\n", "\n");
                nodes.add(new RevisionNode(
                        parts[0],
                        list(parts[1]),
                        new LinkedHashSet<>(list(parts[2])),
                        list(parts[3]),
                        doc.lines().findFirst().orElse("")));
                docs.put(parts[0], doc);
            } else if (line.startsWith("== ")) {
                if (graph == null) {
                    graph = RevisionGraph.of(nodes);
                }
                String[] header = line.substring(3).split(" ");
                StringBuilder expected = new StringBuilder();
                i++;
                while (!lines.get(i).equals("==.")) {
                    expected.append(lines.get(i)).append('\n');
                    i++;
                }
                GraphRevision revision = graph.get(header[0]);
                RevisionText.Source source = new RevisionText.Source(
                        "/project/versions/" + header[0] + "_.py", docs.get(header[0]), header[2].equals("current"));
                String kind = header[1];
                String want = expected.toString();
                tests.add(DynamicTest.dynamicTest(line, () -> assertThat(render(revision, source, kind) + "\n")
                        .isEqualTo(want)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(80);
        return tests;
    }

    private static String render(GraphRevision revision, RevisionText.Source source, String kind) {
        switch (kind) {
            case "history":
                return RevisionText.format(revision, source, false, RevisionText.Options.HISTORY);
            case "heads":
                return RevisionText.format(revision, source, false, RevisionText.Options.HEADS);
            case "plain":
                return RevisionText.format(revision, source, false, RevisionText.Options.PLAIN);
            default:
                return RevisionText.format(revision, source, true, RevisionText.Options.PLAIN);
        }
    }

    @Test
    void historyLineOfANewBase() {
        RevisionGraph graph = RevisionGraph.of(
                List.of(new RevisionNode("1975ea83b712", List.of(), java.util.Set.of(), List.of(), "add account")));

        assertThat(RevisionText.line(
                        graph.get("1975ea83b712"),
                        new RevisionText.Source("x.sql", "add account", false),
                        RevisionText.Options.HISTORY))
                .isEqualTo("<base> -> 1975ea83b712 (head), add account");
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
