package dev.migrate.internal.runtime;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.script.graph.VersionChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The version table and the history log of one database, with its dialect. */
record MigrationTables(Dialect dialect, VersionTable versionTable, HistoryLog historyLog) {

    /** Writes the graph's version-table changes, in order. */
    void apply(SqlSink sink, List<VersionChange> changes) {
        changes.forEach(change -> VersionChanges.apply(sink, versionTable, change));
    }

    /** Both tables as a run from base creates them (offline: the script's first statements). */
    void create(SqlSink sink) {
        versionTable.create(sink);
        historyLog.create(sink);
    }

    /**
     * Creates the version table and history log on first use; called only under the lock.
     * Returns the heads the version table records now, so the caller need not read it again.
     */
    List<String> createMissing(Connection connection) throws SQLException {
        Optional<List<String>> heads = versionTable.read(connection);
        HistoryLog.Shape history = historyLog.inspect(connection);
        if (heads.isPresent() && history == HistoryLog.Shape.CURRENT) {
            return heads.get();
        }
        try (JdbcSink sink = new JdbcSink(connection, dialect)) {
            if (heads.isEmpty()) {
                versionTable.create(sink);
            }
            if (history == HistoryLog.Shape.MISSING) {
                historyLog.create(sink);
            } else if (history == HistoryLog.Shape.WITHOUT_TAG) {
                // a log made by an earlier version of migrate gets the column when it is next written
                historyLog.addTagColumn(sink);
            }
        }
        return heads.orElse(List.of());
    }
}
