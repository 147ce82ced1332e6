package dev.migrate.command;

import dev.migrate.script.graph.GraphRevision;
import dev.migrate.script.graph.RevisionGraph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code graph}: the revision graph drawn as an indented tree (text), a Mermaid flowchart or a
 * Graphviz digraph. Edges go from a revision to the one built on it; dependencies are dashed.
 */
public final class GraphDrawing {

    /** The forms {@code graph --format} offers. */
    public enum Format { TEXT, MERMAID, DOT }

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
     * Each base with the revisions built on it below, indented; a merge point appears under its
     * first parent and is referred to elsewhere with {@code (see above)}.
     */
    private void text() {
        Set<String> shown = new HashSet<>();
        for (String base : graph.bases()) {
            tree(graph.get(base), "", "", shown);
        }
    }

    private void tree(GraphRevision revision, String firstPrefix, String prefix, Set<String> shown) {
        StringBuilder line = new StringBuilder(firstPrefix).append(revision.id());
        if (!revision.ownBranchLabels().isEmpty()) {
            line.append(" (").append(String.join(", ", revision.ownBranchLabels())).append(')');
        }
        if (!shown.add(revision.id())) {
            console.answer(line.append(" (see above)").toString());
            return;
        }
        if (!revision.dependsOn().isEmpty()) {
            line.append(" [depends on ").append(String.join(", ", revision.dependsOn())).append(']');
        }
        if (revision.isHead()) {
            line.append(" (head)");
        }
        if (!revision.message().isEmpty()) {
            line.append(", ").append(revision.message().lines().findFirst().orElse(""));
        }
        console.answer(line.toString());
        List<String> next = revision.nextRevisions();
        for (int i = 0; i < next.size(); i++) {
            boolean last = i == next.size() - 1;
            tree(graph.get(next.get(i)), prefix + (last ? "└── " : "├── "), prefix + (last ? "    " : "│   "), shown);
        }
    }

    private void mermaid() {
        console.answer("flowchart BT");
        for (GraphRevision revision : graph.revisions()) {
            console.answer("    " + mermaidId(revision.id()) + "[\"" + label(revision).replace("\"", "#quot;")
                    .replace("\n", "<br>") + "\"]");
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
        String labels = revision.ownBranchLabels().isEmpty() ? ""
                : " (" + String.join(", ", revision.ownBranchLabels()) + ")";
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
