package dev.migrate.internal.fleet;

import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Uniquely named tenant schemas (databases on MariaDB) on a scratch database, dropped on close.
 */
final class TenantSchemas implements AutoCloseable {

    final ScratchDatabase db;
    final String prefix;
    final List<String> names = new ArrayList<>();

    TenantSchemas(TestDatabase kind, int count) {
        this.db = TestDatabases.create(kind);
        this.prefix = "ft"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT) + "_";
        try {
            List<String> statements = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = prefix + String.format("%03d", i);
                // H2 keeps unquoted names in upper case, and reports them so
                names.add(kind == TestDatabase.H2 ? name.toUpperCase(Locale.ROOT) : name);
                statements.add((kind == TestDatabase.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ") + name);
            }
            db.execute(statements.toArray(String[]::new));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    String qualified(String tenant, String table) {
        return tenant + "." + table;
    }

    long count(String sql) throws SQLException {
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            for (String name : names) {
                db.execute(
                        db.kind() == TestDatabase.MARIADB
                                ? "DROP DATABASE IF EXISTS " + name
                                : "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        } finally {
            db.close();
        }
    }
}
