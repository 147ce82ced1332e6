package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.testing.DatabaseClient;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Online runs and offline scripts share one step loop: a revision that runs outside a transaction
 * ({@code -- transactional: false}) still has its history row and version-table change written in a
 * transaction of their own in both modes, and both modes leave the same version table and history.
 */
class OneStepLoopTest {

    @TempDir
    Path versions;

    @TempDir
    Path scripts;

    /**
     * Runs the offline script statement by statement on one connection, and after every statement
     * that writes the version table or the history log for the non-transactional revision asks a
     * second connection whether it can see the write yet: inside a transaction it cannot, until the
     * COMMIT. Before the one step loop, the offline script wrote these two rows bare.
     */
    @ParameterizedTest
    @CsvSource({"POSTGRES, true", "POSTGRES, false", "MARIADB, true"})
    void offlineVersionWritesOfANonTransactionalRevisionAreInsideATransaction(
            TestDatabase kind, boolean transactionPerMigration) throws Exception {
        writeRevisions();
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            StringBuilder sql = new StringBuilder();
            Migrate.configure()
                    .locations("filesystem:" + versions)
                    .transactionPerMigration(transactionPerMigration)
                    .load()
                    .upgradeSql("heads", dialect(kind), sql);
            List<String> bareWrites = new ArrayList<>();
            try (Connection script = db.connect();
                    Connection observer = db.connect();
                    Statement run = script.createStatement()) {
                for (String statement : statements(sql.toString())) {
                    String before = versionState(observer);
                    run.execute(statement);
                    // Only the non-transactional revision's rows: on MariaDB the first revision's CREATE TABLE
                    // commits its transaction as it runs, so that revision's rows follow in autocommit.
                    if (writesVersionOrHistory(statement)
                            && statement.contains("b0000000000b")
                            && !versionState(observer).equals(before)) {
                        bareWrites.add(statement);
                    }
                }
            }
            assertThat(bareWrites)
                    .as("version-table and history writes committed as they ran (outside a" + " transaction) in:\n"
                            + sql)
                    .isEmpty();
            assertThat(EngineTest.queryStrings(db, "SELECT version_num FROM migrate_version"))
                    .containsExactly("b0000000000b");
            assertThat(EngineTest.queryStrings(db, "SELECT id FROM t")).containsExactly("1");
        }
    }

    /** The same graph, applied online on one database and through the database's client offline on another. */
    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB"})
    void onlineAndOfflineLeaveTheSameVersionTableAndHistory(TestDatabase kind) throws Exception {
        writeRevisions();
        try (ScratchDatabase online = TestDatabases.create(kind);
                ScratchDatabase offline = TestDatabases.create(kind)) {
            Migrate onlineRunner = Migrate.configure()
                    .dataSource(online.dataSource())
                    .locations("filesystem:" + versions)
                    .load();
            onlineRunner.upgrade("heads", "v1");
            onlineRunner.downgrade("a0000000000a", "v1-undo");
            onlineRunner.upgrade("heads", "v2");

            Migrate offlineRunner =
                    Migrate.configure().locations("filesystem:" + versions).load();
            StringBuilder sql = new StringBuilder();
            offlineRunner.upgradeSql("heads", dialect(kind), "v1", sql);
            offlineRunner.downgradeSql("b0000000000b:a0000000000a", dialect(kind), "v1-undo", sql);
            offlineRunner.upgradeSql("a0000000000a:heads", dialect(kind), "v2", sql);
            Path script = scripts.resolve("upgrade.sql");
            Files.writeString(script, sql.toString());
            DatabaseClient.run(offline, script);

            assertThat(EngineTest.queryStrings(offline, "SELECT version_num FROM migrate_version"))
                    .isEqualTo(EngineTest.queryStrings(online, "SELECT version_num FROM migrate_version"))
                    .containsExactly("b0000000000b");
            String history = "SELECT revision || ' ' || direction || ' ' || COALESCE(from_revisions, '') || ' -> '"
                    + " || COALESCE(to_revisions, '') || ' ' || message || ' ' || script || ' ' || checksum || ' '"
                    + " || tag || ' ' || CASE WHEN success THEN 'ok' ELSE 'failed' END FROM migrate_history ORDER BY id";
            if (kind == TestDatabase.MARIADB) {
                history = "SELECT CONCAT_WS(' ', revision, direction, COALESCE(from_revisions, ''), '->',"
                        + " COALESCE(to_revisions, ''), message, script, checksum, tag,"
                        + " CASE WHEN success THEN 'ok' ELSE 'failed' END) FROM migrate_history ORDER BY id";
            }
            List<String> onlineRows = EngineTest.queryStrings(online, history);
            assertThat(onlineRows).hasSize(4);
            assertThat(EngineTest.queryStrings(offline, history)).isEqualTo(onlineRows);
        }
    }

    /** One transactional revision, then one that must run outside a transaction. */
    private void writeRevisions() throws Exception {
        Files.writeString(versions.resolve("001.sql"), """
                -- revision: a0000000000a
                -- message: create t
                -- migrate:upgrade
                CREATE TABLE t (id INT PRIMARY KEY);
                -- migrate:downgrade
                DROP TABLE t;
                """);
        Files.writeString(versions.resolve("002.sql"), """
                -- revision: b0000000000b
                -- down_revision: a0000000000a
                -- transactional: false
                -- message: fill t outside a transaction
                -- migrate:upgrade
                INSERT INTO t (id) VALUES (1);
                -- migrate:downgrade
                DELETE FROM t;
                """);
    }

    private static String dialect(TestDatabase kind) {
        return kind == TestDatabase.POSTGRES ? "postgresql" : "mariadb";
    }

    /** The script's statements, without its comment lines. */
    private static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        for (String chunk : script.split(";\n\n")) {
            String statement = chunk.lines()
                    .filter(line -> !line.startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n")
                    .strip();
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }

    private static boolean writesVersionOrHistory(String statement) {
        String upper = statement.toUpperCase(Locale.ROOT);
        return (upper.startsWith("INSERT") || upper.startsWith("UPDATE") || upper.startsWith("DELETE"))
                && statement.contains("migrate_");
    }

    /** What a second session sees of the version table and history log: nothing before they exist. */
    private static String versionState(Connection observer) throws SQLException {
        try (Statement read = observer.createStatement()) {
            List<String> state = new ArrayList<>();
            for (String query : List.of(
                    "SELECT version_num FROM migrate_version ORDER BY version_num",
                    "SELECT COUNT(*) FROM migrate_history")) {
                try (var rs = read.executeQuery(query)) {
                    while (rs.next()) {
                        state.add(rs.getString(1));
                    }
                } catch (SQLException missing) {
                    state.add("(no table)");
                    if (!observer.getAutoCommit()) {
                        observer.rollback();
                    }
                }
            }
            return String.join(",", state);
        }
    }
}
