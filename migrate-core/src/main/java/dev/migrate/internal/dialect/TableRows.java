package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the row counts behind {@link Dialect#tableRows}: a catalog's estimates, or a count of each table. */
final class TableRows {

    private TableRows() {}

    /**
     * The rows {@code sql} estimates: name, estimate and (for PostgreSQL) pages of each table.
     * A table without an estimate is left out.
     */
    static Map<String, Long> estimated(Connection connection, String sql, boolean postgres) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                double estimate = result.getDouble(2);
                if (result.wasNull()) {
                    continue;
                }
                // PostgreSQL 14+: -1 means never analyzed; with no pages either, the table is empty
                if (postgres && estimate < 0) {
                    if (result.getLong(3) == 0) {
                        estimate = 0;
                    } else {
                        continue;
                    }
                }
                rows.put(result.getString(1).toLowerCase(Locale.ROOT), (long) estimate);
            }
        }
        return rows;
    }

    /** An exact count of each base table in the current schema (H2). */
    static Map<String, Long> counted(Connection connection) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                                + " AND TABLE_TYPE = 'BASE TABLE'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                    ResultSet result =
                            statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                result.next();
                rows.put(table.toLowerCase(Locale.ROOT), result.getLong(1));
            }
        }
        return rows;
    }
}
