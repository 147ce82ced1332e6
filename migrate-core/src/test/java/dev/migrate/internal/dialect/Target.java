package dev.migrate.internal.dialect;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The four databases the operations are tested on: the shared scratch databases plus SQLite in a temporary file. */
public enum Target {
    POSTGRES,
    MARIADB,
    H2,
    SQLITE;

    /** A fresh, empty database of this kind, with one open connection. */
    public LiveDatabase open() {
        try {
            if (this == SQLITE) {
                Path file = Files.createTempFile("migrate-ops-", ".db");
                Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA foreign_keys = ON");
                }
                return new LiveDatabase(this, connection, null, null, () -> {
                    connection.close();
                    Files.deleteIfExists(file);
                });
            }
            var scratch = TestDatabases.create(TestDatabase.valueOf(name()));
            Connection connection = scratch.connect();
            String catalog = this == MARIADB ? scratch.name() : null;
            String schema = this == MARIADB ? null : scratch.schema();
            return new LiveDatabase(this, connection, catalog, schema, () -> {
                connection.close();
                scratch.close();
            });
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not open a " + this + " test database: " + e.getMessage(), e);
        }
    }

    public boolean is(Target... targets) {
        for (Target t : targets) {
            if (t == this) {
                return true;
            }
        }
        return false;
    }
}
