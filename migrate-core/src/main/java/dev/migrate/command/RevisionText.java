package dev.migrate.command;

import dev.migrate.script.graph.GraphRevision;

import java.util.List;

/**
 * The text Alembic prints for one revision ({@code Script.log_entry}, {@code _head_only},
 * {@code cmd_format}), so that people and scripts that read Alembic's output read ours. The
 * message stands for Alembic's docstring.
 */
public final class RevisionText {

    private final GraphRevision revision;
    private final String path;
    private final boolean current;

    /**
     * @param path    what {@code Path:} shows: the script's file or class
     * @param current whether to mark it {@code (current)}, as {@code history -i} does
     */
    public RevisionText(GraphRevision revision, String path, boolean current) {
        this.revision = revision;
        this.path = path;
        this.current = current;
    }

    /** Alembic's {@code log_entry}: the verbose block, ending with a newline. */
    public String logEntry() {
        StringBuilder entry = new StringBuilder("Rev: ").append(revision.id())
                .append(revision.isHead() ? " (head)" : "")
                .append(revision.isBranchPoint() ? " (branchpoint)" : "")
                .append(revision.isMergePoint() ? " (mergepoint)" : "")
                .append(current ? " (current)" : "").append('\n');
        entry.append(revision.isMergePoint() ? "Merges: " : "Parent: ").append(formatDownRevision()).append('\n');
        if (!revision.dependsOn().isEmpty()) {
            entry.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        if (revision.isBranchPoint()) {
            entry.append("Branches into: ").append(String.join(", ", revision.nextRevisions())).append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            entry.append("Branch names: ").append(String.join(", ", revision.branchLabels())).append('\n');
        }
        entry.append("Path: ").append(path).append('\n');
        entry.append('\n');
        List<String> paragraphs = longDoc().lines().toList();
        for (int i = 0; i < paragraphs.size(); i++) {
            entry.append(i == 0 ? "" : "\n").append("    ").append(paragraphs.get(i));
        }
        return entry.append('\n').toString();
    }

    /** Alembic's {@code _head_only}: one line. */
    public String headOnly(boolean includeBranches, boolean includeDoc, boolean includeParents,
            boolean treeIndicators, boolean headIndicators) {
        StringBuilder text = new StringBuilder();
        if (includeParents) {
            text.append(formatDownRevision());
            if (!revision.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", revision.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(revision.id());
        if (includeBranches && !revision.branchLabels().isEmpty()) {
            text.append(" (").append(String.join(", ", revision.branchLabels())).append(')');
        }
        if (headIndicators || treeIndicators) {
            text.append(revision.isRealHead() ? " (head)" : "")
                    .append(revision.isHead() && !revision.isRealHead() ? " (effective head)" : "")
                    .append(current ? " (current)" : "");
        }
        if (treeIndicators) {
            text.append(revision.isBranchPoint() ? " (branchpoint)" : "")
                    .append(revision.isMergePoint() ? " (mergepoint)" : "");
        }
        if (includeDoc) {
            text.append(", ").append(doc());
        }
        return text.toString();
    }

    /** Alembic's {@code cmd_format}: the verbose block or one line. */
    public String cmdFormat(boolean verbose, boolean includeBranches, boolean includeDoc, boolean includeParents,
            boolean treeIndicators) {
        return verbose ? logEntry() : headOnly(includeBranches, includeDoc, includeParents, treeIndicators, true);
    }

    /** {@code <base>} or the down revisions, comma-separated. */
    public String formatDownRevision() {
        return revision.downRevisions().isEmpty() ? "<base>" : String.join(", ", revision.downRevisions());
    }

    /** Alembic's {@code doc}: the first paragraph of the docstring, here of the message. */
    private String doc() {
        return longDoc().split("\n\n", 2)[0];
    }

    private String longDoc() {
        return revision.message().replace("\r\n", "\n").strip();
    }
}
