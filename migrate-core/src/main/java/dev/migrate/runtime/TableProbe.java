package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Whether a table exists, asked of the JDBC metadata in the case each database stores names in. */
final class TableProbe {

    private TableProbe() {
    }

    static boolean exists(Connection connection, String schema, String table) throws SQLException {
        if (connection.isClosed()) {
            throw new SQLException("The connection is closed");
        }
        if (!connection.getAutoCommit()) {
            // PostgreSQL refuses further statements in a transaction after an error.
            connection.rollback();
        }
        DatabaseMetaData metaData = connection.getMetaData();
        for (String candidate : new String[] {table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            String schemaPattern = schema != null ? schema : connection.getSchema();
            String catalog = connection.getCatalog();
            try (ResultSet rs = metaData.getTables(catalog, schemaPattern, candidate, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
