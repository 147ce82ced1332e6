package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on SQLite, a file database: upgrade, history, downgrade, and a failure rolled back. */
class SqliteEngineTest {

    @TempDir
    Path temp;

    @Test
    void upgradesDowngradesAndRollsBackAFailingRevision() throws Exception {
        String url = "jdbc:sqlite:" + temp.resolve("app.db");
        Migrate migrate = Migrate.configure()
                .url(url, null, null)
                .locations("classpath:engine/linear")
                .load();

        assertThat(migrate.upgrade("heads").steps()).hasSize(3);
        assertThat(migrate.current()).containsExactly("c3000000000c");
        assertThat(migrate.appliedHistory())
                .extracting(AppliedRevision::success)
                .containsExactly(true, true, true);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT email FROM account")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("a@example.com");
        }
        migrate.downgrade("base");
        assertThat(migrate.current()).isEmpty();

        Migrate failing = Migrate.configure()
                .url("jdbc:sqlite:" + temp.resolve("failing.db"), null, null)
                .locations("classpath:engine/failing")
                .load();
        try {
            failing.upgrade("heads");
        } catch (MigrationFailedException e) {
            assertThat(e.getMessage()).contains("f2000000000f").contains("rolled back");
        }
        assertThat(failing.current()).containsExactly("f1000000000f");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("failing.db"));
                ResultSet rs = c.getMetaData().getTables(null, null, "half", null)) {
            assertThat(rs.next())
                    .as("SQLite's DDL is transactional: the failed revision left no table")
                    .isFalse();
        }
    }
}
