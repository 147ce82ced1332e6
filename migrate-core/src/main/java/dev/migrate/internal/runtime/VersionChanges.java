package dev.migrate.internal.runtime;

import dev.migrate.internal.script.graph.VersionChange;
import java.util.ArrayList;
import java.util.List;

/** Writes the graph's version-table changes as statements. */
final class VersionChanges {

    private VersionChanges() {}

    static void apply(SqlSink sink, VersionTable versionTable, VersionChange change) {
        if (change instanceof VersionChange.Insert insert) {
            versionTable.insert(sink, insert.revision());
        } else if (change instanceof VersionChange.Update update) {
            versionTable.update(sink, update.from(), update.to());
        } else if (change instanceof VersionChange.Delete delete) {
            versionTable.delete(sink, delete.revision());
        } else {
            throw new IllegalStateException("Unknown version change " + change);
        }
    }

    /** The revisions that the changes make heads. */
    static List<String> reached(List<VersionChange> changes) {
        List<String> reached = new ArrayList<>();
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert insert) {
                reached.add(insert.revision());
            } else if (change instanceof VersionChange.Update update) {
                reached.add(update.to());
            }
        }
        return reached;
    }
}
