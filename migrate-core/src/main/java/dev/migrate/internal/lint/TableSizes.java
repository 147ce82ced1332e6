package dev.migrate.internal.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many rows each table holds, as the catalog estimates it: PostgreSQL {@code pg_class.reltuples}
 * (as of the last ANALYZE or VACUUM), MariaDB {@code information_schema.TABLES.TABLE_ROWS} (InnoDB's
 * estimate), H2 an exact {@code COUNT(*)} (H2 keeps no estimate; its tables are small). Names are
 * kept lower-case; a table the catalog does not know has no size.
 */
public final class TableSizes {

    private final Map<String, Long> rows;

    private TableSizes(Map<String, Long> rows) {
        this.rows = rows;
    }

    /** No sizes: offline lint, where every lock finding is a warning. */
    public static TableSizes unknown() {
        return new TableSizes(Map.of());
    }

    /** The sizes of the tables in the connection's current schema (search path on PostgreSQL). */
    public static TableSizes read(Connection connection, String dialect) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        switch (dialect) {
            case "postgresql" ->
                query(
                        connection,
                        "SELECT c.relname, c.reltuples, c.relpages FROM pg_class c"
                                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
                                + " AND n.nspname = ANY (current_schemas(false))",
                        rows,
                        true);
            case "mariadb", "mysql" ->
                query(
                        connection,
                        "SELECT TABLE_NAME, TABLE_ROWS, 1 FROM information_schema.TABLES"
                                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'",
                        rows,
                        false);
            case "h2" -> countEach(connection, rows);
            default -> {
                // SQLite: no catalog estimate; every lock finding stays a warning
            }
        }
        return new TableSizes(rows);
    }

    /** The table's rows, or {@code null} when unknown. */
    public Long rows(String table) {
        return table == null ? null : rows.get(table.toLowerCase(Locale.ROOT));
    }

    private static void query(Connection connection, String sql, Map<String, Long> rows, boolean postgres)
            throws SQLException {
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
    }

    private static void countEach(Connection connection, Map<String, Long> rows) throws SQLException {
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
    }
}
