package dev.migrate.internal.command;

import dev.migrate.internal.script.graph.GraphRevision;
import java.util.List;
import java.util.TreeSet;

/**
 * Alembic's text for one revision: the one-line form used by {@code history}, {@code heads},
 * {@code current} and {@code branches} ({@code Script.cmd_format}), and the verbose entry used by
 * {@code show} and {@code -v} ({@code Script.log_entry}). Pure formatting, byte for byte as Alembic;
 * branch names and the revisions a branch point leads to, which Alembic holds in sets and prints
 * in hash order, are printed sorted.
 */
public final class RevisionText {

    /**
     * What the text shows beside the graph's facts.
     *
     * @param path    the script's file or class, shown as {@code Path:}
     * @param longDoc the script's full description; its first paragraph is the one-line doc
     * @param current whether the database is at this revision ({@code (current)})
     * @param tags    the tagged runs that applied it, each as the text after {@code Tag: } (verbose form only)
     */
    public record Source(String path, String longDoc, boolean current, List<String> tags) {

        public Source {
            path = path == null ? "" : path;
            longDoc = longDoc == null ? "" : longDoc.strip();
            tags = List.copyOf(tags);
        }

        public Source(String path, String longDoc, boolean current) {
            this(path, longDoc, current, List.of());
        }

        /** This source with the tagged runs that applied the revision. */
        public Source withTags(List<String> runs) {
            return new Source(path, longDoc, current, runs);
        }

        /** The first paragraph of the description, as Alembic's {@code Script.doc}. */
        public String doc() {
            int paragraph = longDoc.indexOf("\n\n");
            return paragraph < 0 ? longDoc : longDoc.substring(0, paragraph);
        }
    }

    /** Which parts of the one-line form to show, as the arguments of Alembic's {@code cmd_format}. */
    public record Options(
            boolean includeBranches,
            boolean includeDoc,
            boolean includeParents,
            boolean treeIndicators,
            boolean headIndicators) {

        /** {@code history}: parents, branch names, markers and doc. */
        public static final Options HISTORY = new Options(true, true, true, true, true);
        /** {@code heads}: branch names and head markers, no tree markers. */
        public static final Options HEADS = new Options(true, false, false, false, true);
        /** {@code current}: the id and its markers. */
        public static final Options PLAIN = new Options(false, false, false, true, true);
    }

    private RevisionText() {}

    /** {@code cmd_format}: the verbose entry when {@code verbose}, else the one-line form. */
    public static String format(GraphRevision revision, Source source, boolean verbose, Options options) {
        return verbose ? logEntry(revision, source) : line(revision, source, options);
    }

    /** The one-line form, e.g. {@code <base> -> 1975ea83b712 (head), add account}. */
    public static String line(GraphRevision revision, Source source, Options options) {
        StringBuilder text = new StringBuilder();
        if (options.includeParents()) {
            text.append(downRevisions(revision));
            if (!revision.dependsOn().isEmpty()) {
                text.append(" (")
                        .append(String.join(", ", revision.dependsOn()))
                        .append(')');
            }
            text.append(" -> ");
        }
        text.append(revision.id());
        if (options.includeBranches() && !revision.branchLabels().isEmpty()) {
            text.append(" (")
                    .append(String.join(", ", new TreeSet<>(revision.branchLabels())))
                    .append(')');
        }
        if (options.headIndicators() || options.treeIndicators()) {
            if (revision.isRealHead()) {
                text.append(" (head)");
            }
            if (revision.isHead() && !revision.isRealHead()) {
                text.append(" (effective head)");
            }
            if (source.current()) {
                text.append(" (current)");
            }
        }
        if (options.treeIndicators()) {
            if (revision.isBranchPoint()) {
                text.append(" (branchpoint)");
            }
            if (revision.isMergePoint()) {
                text.append(" (mergepoint)");
            }
            if (revision.isSquash()) {
                text.append(" (squashed)");
            }
        }
        if (options.includeDoc()) {
            text.append(", ").append(source.doc());
        }
        return text.toString();
    }

    /**
     * The verbose entry: {@code Rev:}, {@code Parent:} or {@code Merges:}, ..., {@code Replaces:} for a
     * squashed revision, a {@code Tag:} line per tagged run that applied it, {@code Path:}, then the
     * description.
     */
    public static String logEntry(GraphRevision revision, Source source) {
        StringBuilder entry = new StringBuilder("Rev: ").append(revision.id());
        if (revision.isHead()) {
            entry.append(" (head)");
        }
        if (revision.isBranchPoint()) {
            entry.append(" (branchpoint)");
        }
        if (revision.isMergePoint()) {
            entry.append(" (mergepoint)");
        }
        if (revision.isSquash()) {
            entry.append(" (squashed)");
        }
        if (source.current()) {
            entry.append(" (current)");
        }
        entry.append('\n');
        entry.append(revision.isMergePoint() ? "Merges: " : "Parent: ")
                .append(downRevisions(revision))
                .append('\n');
        if (!revision.dependsOn().isEmpty()) {
            entry.append("Also depends on: ")
                    .append(String.join(", ", revision.dependsOn()))
                    .append('\n');
        }
        if (revision.isBranchPoint()) {
            entry.append("Branches into: ")
                    .append(String.join(", ", new TreeSet<>(revision.nextRevisions())))
                    .append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            entry.append("Branch names: ")
                    .append(String.join(", ", new TreeSet<>(revision.branchLabels())))
                    .append('\n');
        }
        if (revision.isSquash()) {
            entry.append("Replaces: ")
                    .append(String.join(", ", revision.replaces()))
                    .append('\n');
        }
        for (String tag : source.tags()) {
            entry.append("Tag: ").append(tag).append('\n');
        }
        entry.append("Path: ").append(source.path()).append('\n');
        entry.append('\n');
        List<String> lines = source.longDoc().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                entry.append('\n');
            }
            entry.append("    ").append(lines.get(i));
        }
        entry.append('\n');
        return entry.toString();
    }

    private static String downRevisions(GraphRevision revision) {
        return revision.downRevisions().isEmpty() ? "<base>" : String.join(", ", revision.downRevisions());
    }
}
