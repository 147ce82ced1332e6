package dev.migrate.internal.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whether a table exists, asked of the JDBC metadata in the case each database stores names in. */
final class TableProbe {

    /**
     * "Undefined table": PostgreSQL's own code; 42S02, which H2 and MariaDB/MySQL share; and H2's
     * variants when names of other tables are close (42S03) or the database has none (42S04).
     */
    private static final Set<String> UNDEFINED_TABLE = Set.of("42P01", "42S02", "42S03", "42S04");

    private TableProbe() {}

    /**
     * Whether the table a query failed on is missing. The failure's SQLState answers at once
     * where it is the standard "undefined table" one; otherwise the JDBC metadata is asked. On
     * PostgreSQL a metadata query costs a few milliseconds, and a first run meets two missing
     * tables, twice each (before and under the lock).
     */
    static boolean missing(Connection connection, SQLException failure, String schema, String table)
            throws SQLException {
        if (UNDEFINED_TABLE.contains(String.valueOf(failure.getSQLState()))) {
            endFailedTransaction(connection);
            return true;
        }
        return !exists(connection, schema, table);
    }

    static boolean exists(Connection connection, String schema, String table) throws SQLException {
        if (connection.isClosed()) {
            throw new SQLException("The connection is closed");
        }
        endFailedTransaction(connection);
        DatabaseMetaData metaData = connection.getMetaData();
        // Asked once: on PostgreSQL getSchema() is a query of its own.
        String schemaPattern = schema != null ? schema : connection.getSchema();
        String catalog = connection.getCatalog();
        Set<String> candidates =
                new LinkedHashSet<>(List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)));
        for (String candidate : candidates) {
            try (ResultSet rs = metaData.getTables(catalog, schemaPattern, candidate, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void endFailedTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            // PostgreSQL refuses further statements in a transaction after an error.
            connection.rollback();
        }
    }
}
