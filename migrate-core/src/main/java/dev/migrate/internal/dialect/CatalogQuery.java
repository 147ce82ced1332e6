package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs one catalog query and hands each row to a reader. */
final class CatalogQuery {

    /** Reads one row of a result. */
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {}

    static void forEach(Connection connection, String sql, RowReader reader, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    /** A {@code NULL} column of a numeric type read as {@code null} rather than 0. */
    static Integer integerOrNull(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A length; databases report a huge one (beyond an int) for unbounded types, which have none. */
    static Integer length(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() || value <= 0 || value > Integer.MAX_VALUE ? null : (int) value;
    }

    /** An empty comment is no comment (MariaDB reports {@code ''} for none). */
    static String comment(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
