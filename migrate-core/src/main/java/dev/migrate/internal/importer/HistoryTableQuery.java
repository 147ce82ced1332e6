package dev.migrate.internal.importer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads another tool's history table by its exact name, as that tool created it. */
public final class HistoryTableQuery {

    private HistoryTableQuery() {}

    /**
     * {@code name} quoted for the connection: Flyway creates {@code flyway_schema_history} quoted in
     * lower case, which H2 would otherwise fold to upper case and not find.
     */
    public static String quote(Connection connection, String name) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().strip();
        return quote + name.replace(quote, quote + quote) + quote;
    }

    /** Whether the table {@code sqlName} (as written in SQL) exists and holds a row. */
    public static boolean hasRows(Connection connection, String sqlName) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + sqlName)) {
            return rows.next() && rows.getLong(1) > 0;
        } catch (SQLException missing) {
            endFailedTransaction(connection);
            return false;
        }
    }

    /** A failed probe inside a transaction leaves it aborted on PostgreSQL: end it so the connection stays usable. */
    public static void endFailedTransaction(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the probe's answer stands; the connection is closed by its owner
        }
    }
}
