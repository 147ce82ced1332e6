package dev.migrate.internal.lint;

import dev.migrate.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * How many rows each table holds, as the catalog estimates it ({@link Dialect#tableRows} says how
 * per database). Names are kept lower-case; a table the catalog does not know has no size.
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
    public static TableSizes read(Connection connection, Dialect dialect) throws SQLException {
        return new TableSizes(dialect.tableRows(connection));
    }

    /** The table's rows, or {@code null} when unknown. */
    public Long rows(String table) {
        return table == null ? null : rows.get(table.toLowerCase(Locale.ROOT));
    }
}
