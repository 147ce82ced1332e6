package dev.migrate.internal.command;

import dev.migrate.internal.script.graph.GraphRevision;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code graph}: the revision graph drawn as an indented tree (text), a Mermaid flowchart or a
 * Graphviz digraph. Edges go from a revision to the one built on it; dependencies are dashed.
 */
public final class GraphDrawing {

    /** The forms {@code graph --format} offers. */
    public enum Format {
        TEXT,
        MERMAID,
        DOT
    }

    private final RevisionGraph graph;
    private final Console console;

    public GraphDrawing(RevisionGraph graph, Console console) {
        this.graph = graph;
        this.console = console;
    }

    public void draw(Format format) {
        switch (format) {
            case TEXT -> text();
            case MERMAID -> mermaid();
            case DOT -> dot();
        }
    }

    /**
     * Each base with the revisions built on it below. The revisions of a branch point are indented
     * under it ({@code ├──}, {@code └──}); a revision with one child is followed by that child at the
     * same indentation, so a line of fifty thousand revisions stays fifty thousand short lines. A merge
     * point appears under its first parent and is referred to elsewhere with {@code (see above)}.
     * Drawn with a stack of its own, not recursion: a long line must not overflow the call stack.
     */
    private void text() {
        Set<String> shown = new HashSet<>();
        Deque<TreeLine> pending = new ArrayDeque<>();
        List<String> bases = graph.bases();
        for (int i = bases.size() - 1; i >= 0; i--) {
            pending.push(new TreeLine(graph.get(bases.get(i)), "", ""));
        }
        while (!pending.isEmpty()) {
            TreeLine next = pending.pop();
            if (draw(next, shown)) {
                List<String> children = next.revision().nextRevisions();
                if (children.size() == 1) {
                    pending.push(new TreeLine(graph.get(children.get(0)), next.prefix(), next.prefix()));
                    continue;
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    boolean last = i == children.size() - 1;
                    pending.push(new TreeLine(
                            graph.get(children.get(i)),
                            next.prefix() + (last ? "└── " : "├── "),
                            next.prefix() + (last ? "    " : "│   ")));
                }
            }
        }
    }

    /** One revision of the text tree: its line starts with {@code firstPrefix}, its children's with {@code prefix}. */
    private record TreeLine(GraphRevision revision, String firstPrefix, String prefix) {}

    /** Prints the revision's line; false when it was drawn before (a merge point), so its children are too. */
    private boolean draw(TreeLine tree, Set<String> shown) {
        GraphRevision revision = tree.revision();
        StringBuilder line = new StringBuilder(tree.firstPrefix()).append(revision.id());
        if (!revision.ownBranchLabels().isEmpty()) {
            line.append(" (")
                    .append(String.join(", ", revision.ownBranchLabels()))
                    .append(')');
        }
        if (!shown.add(revision.id())) {
            console.answer(line.append(" (see above)").toString());
            return false;
        }
        if (!revision.dependsOn().isEmpty()) {
            line.append(" [depends on ")
                    .append(String.join(", ", revision.dependsOn()))
                    .append(']');
        }
        if (revision.isHead()) {
            line.append(" (head)");
        }
        if (!revision.message().isEmpty()) {
            line.append(", ").append(revision.message().lines().findFirst().orElse(""));
        }
        console.answer(line.toString());
        return true;
    }

    private void mermaid() {
        console.answer("flowchart BT");
        for (GraphRevision revision : graph.revisions()) {
            console.answer("    " + mermaidId(revision.id()) + "[\""
                    + label(revision).replace("\"", "#quot;").replace("\n", "<br>") + "\"]");
        }
        for (GraphRevision revision : graph.revisions()) {
            for (String down : revision.downRevisions()) {
                console.answer("    " + mermaidId(down) + " --> " + mermaidId(revision.id()));
            }
            for (String dependency : revision.resolvedDependencies()) {
                console.answer("    " + mermaidId(dependency) + " -.-> " + mermaidId(revision.id()));
            }
        }
    }

    private void dot() {
        console.answer("digraph migrate {");
        console.answer("    rankdir=BT;");
        console.answer("    node [shape=box];");
        for (GraphRevision revision : graph.revisions()) {
            console.answer("    " + dotId(revision.id()) + " [label=" + dotId(label(revision)) + "];");
        }
        for (GraphRevision revision : graph.revisions()) {
            for (String down : revision.downRevisions()) {
                console.answer("    " + dotId(down) + " -> " + dotId(revision.id()) + ";");
            }
            for (String dependency : revision.resolvedDependencies()) {
                console.answer("    " + dotId(dependency) + " -> " + dotId(revision.id()) + " [style=dashed];");
            }
        }
        console.answer("}");
    }

    private static String label(GraphRevision revision) {
        String labels =
                revision.ownBranchLabels().isEmpty() ? "" : " (" + String.join(", ", revision.ownBranchLabels()) + ")";
        String message = revision.message().lines().findFirst().orElse("");
        return revision.id() + labels + (message.isEmpty() ? "" : "\n" + message);
    }

    private static String mermaidId(String id) {
        // Mermaid node ids must be plain words; revision ids may hold other characters
        return "r_" + id.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String dotId(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
