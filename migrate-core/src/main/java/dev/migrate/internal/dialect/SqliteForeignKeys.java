package dev.migrate.internal.dialect;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's foreign key enforcement, which can only be switched outside a transaction. A table
 * that other tables refer to cannot be rebuilt while it is on: renaming it rewrites their
 * references and dropping it fires their {@code ON DELETE} actions.
 */
final class SqliteForeignKeys {

    private SqliteForeignKeys() {}

    static boolean enforced(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    static void enforce(Connection connection, boolean on) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
        if (enforced(connection) != on) {
            throw new IllegalStateException(
                    "SQLite ignores PRAGMA foreign_keys inside a transaction: switch it before BEGIN");
        }
    }

    /** Fails, naming the rows, when a foreign key points nowhere. */
    static void verify(Connection connection, String table) throws SQLException {
        List<String> problems = new ArrayList<>();
        String sql = table == null ? "PRAGMA foreign_key_check" : "SELECT * FROM pragma_foreign_key_check(?)";
        try (var s = connection.prepareStatement(sql)) {
            if (table != null) {
                s.setString(1, table);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && problems.size() < 5) {
                    problems.add("row " + rs.getString(2) + " of " + rs.getString(1) + " refers to a missing row of "
                            + rs.getString(3));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrateException(
                    ErrorKind.BAD_SCRIPT, "foreign keys broken by the migration: " + String.join("; ", problems));
        }
    }

    /** Turns enforcement off for a transaction and back on after it, checking every key before the commit. */
    static TransactionGuard suspend(Connection connection) throws SQLException {
        boolean wasOn = enforced(connection);
        if (!wasOn) {
            return TransactionGuard.NONE;
        }
        enforce(connection, false);
        return new TransactionGuard() {
            @Override
            public void beforeCommit() throws SQLException {
                verify(connection, null);
            }

            @Override
            public void close() throws SQLException {
                enforce(connection, true);
            }
        };
    }
}
