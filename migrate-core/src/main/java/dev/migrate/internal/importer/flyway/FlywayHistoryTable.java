package dev.migrate.internal.importer.flyway;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.importer.HistoryTableQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Flyway's history table. Flyway creates it with a quoted lower-case name (so H2 keeps it
 * lower-case); it is read with the database's own identifier quote.
 */
public final class FlywayHistoryTable {

    /** Flyway's default table name ({@code flyway.table}, {@code spring.flyway.table}). */
    public static final String DEFAULT = "flyway_schema_history";

    private FlywayHistoryTable() {}

    /** The rows in {@code installed_rank} order; refuses a database without the table. */
    public static List<FlywayHistoryRow> read(Connection connection, String table) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query(connection, table))) {
            List<FlywayHistoryRow> result = new ArrayList<>();
            while (rows.next()) {
                int checksum = rows.getInt(6);
                Integer recorded = rows.wasNull() ? null : checksum;
                result.add(new FlywayHistoryRow(
                        rows.getInt(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        recorded,
                        rows.getBoolean(7)));
            }
            return result;
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR,
                    "Could not read Flyway's history table " + table + ": " + e.getMessage()
                            + ". --stamp needs the database Flyway manages; pass --table when Flyway used another name.",
                    e);
        }
    }

    private static String query(Connection connection, String table) throws SQLException {
        String[] columns = {"installed_rank", "version", "description", "type", "script", "checksum", "success"};
        List<String> quoted = new ArrayList<>();
        for (String column : columns) {
            quoted.add(quote(connection, column));
        }
        return "SELECT " + String.join(", ", quoted) + " FROM " + quote(connection, table) + " ORDER BY "
                + quoted.get(0);
    }

    static String quote(Connection connection, String name) throws SQLException {
        return HistoryTableQuery.quote(connection, name);
    }
}
