package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.testing.DatabaseClient;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Offline mode: the script written for a database runs through that database's own client
 * and leaves the same schema, version table and data as an online upgrade.
 */
class OfflineModeTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"engine/linear", "engine/ops"})
    void postgresScriptRunsThroughPsqlAndMatchesOnline(String location) throws Exception {
        try (ScratchDatabase offline = TestDatabases.create(TestDatabase.POSTGRES);
                ScratchDatabase online = TestDatabases.create(TestDatabase.POSTGRES)) {
            Path script = write(location, "postgresql");
            DatabaseClient.run(offline, script);
            EngineTest.migrate(online, location).upgrade("heads");
            assertSameDatabase(offline, online);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"engine/linear", "engine/ops"})
    void mariaDbScriptRunsThroughTheMariadbClientAndMatchesOnline(String location) throws Exception {
        try (ScratchDatabase offline = TestDatabases.create(TestDatabase.MARIADB);
                ScratchDatabase online = TestDatabases.create(TestDatabase.MARIADB)) {
            Path script = write(location, "mariadb");
            DatabaseClient.run(offline, script);
            EngineTest.migrate(online, location).upgrade("heads");
            assertSameDatabase(offline, online);
        }
    }

    @Test
    void scriptHasAlembicsCommentsAndOneTransactionPerRevisionAndNoCredentials() throws Exception {
        StringBuilder sql = new StringBuilder();
        Migrate.configure()
                .url("jdbc:postgresql://db.example/app", "app", "s3cr3t-pw")
                .locations("classpath:engine/linear")
                .load()
                .upgradeSql("base:heads", "postgresql", sql);
        String text = sql.toString();
        assertThat(text)
                .contains("-- Running upgrade  -> a1000000000a, create account")
                .contains("-- Running upgrade a1000000000a -> b2000000000b, add email to account")
                .contains("CREATE TABLE migrate_version")
                .contains("INSERT INTO migrate_version (version_num) VALUES ('a1000000000a');")
                .contains("UPDATE migrate_version SET version_num = 'b2000000000b' WHERE version_num = 'a1000000000a';")
                .doesNotContain("s3cr3t-pw");
        assertThat(text.split("\nBEGIN;", -1)).hasSize(4);
        assertThat(text.split("\nCOMMIT;", -1)).hasSize(4);
    }

    @Test
    void stampScriptRunsThroughPsqlAndRecordsWhatAnOnlineStampRecords() throws Exception {
        try (ScratchDatabase offline = TestDatabases.create(TestDatabase.POSTGRES);
                ScratchDatabase online = TestDatabases.create(TestDatabase.POSTGRES)) {
            StringBuilder sql = new StringBuilder();
            Migrate.configure()
                    .locations("classpath:engine/linear")
                    .load()
                    .stampSql(List.of("b2000000000b"), false, "postgresql", sql);
            Path script = temp.resolve("stamp.sql");
            Files.writeString(script, sql.toString());
            DatabaseClient.run(offline, script);
            EngineTest.migrate(online, "engine/linear").stamp(List.of("b2000000000b"), false);
            assertThat(EngineTest.queryStrings(offline, "SELECT version_num FROM migrate_version"))
                    .containsExactly("b2000000000b");
            assertSameDatabase(offline, online);
            assertThat(EngineTest.tableExists(offline, "account"))
                    .as("a stamp runs nothing")
                    .isFalse();
        }
    }

    @Test
    void aRevisionThatReadsTheDatabaseCannotBeRenderedOffline() {
        Migrate migrate =
                Migrate.configure().locations("classpath:engine/reads").load();
        assertThatThrownBy(() -> migrate.upgradeSql("heads", "mariadb", new StringBuilder()))
                .hasMessageContaining("Revision 4ead00000001")
                .hasMessageContaining("cannot be rendered offline with --sql");
    }

    @Test
    void downgradeNeedsARangeAsInAlembic() {
        Migrate migrate =
                Migrate.configure().locations("classpath:engine/linear").load();
        assertThatThrownBy(() -> migrate.downgradeSql("base", "postgresql", new StringBuilder()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("downgrade with --sql requires <fromrev>:<torev>");
        StringBuilder sql = new StringBuilder();
        migrate.downgradeSql("c3000000000c:a1000000000a", "postgresql", sql);
        assertThat(sql.toString())
                .contains("-- Running downgrade c3000000000c -> b2000000000b, create invoice")
                .contains("-- Running downgrade b2000000000b -> a1000000000a, add email to account")
                .doesNotContain("DROP TABLE account");
    }

    private Path write(String location, String dialect) throws Exception {
        StringBuilder sql = new StringBuilder();
        Migrate.configure().locations("classpath:" + location).load().upgradeSql("heads", dialect, sql);
        Path file = temp.resolve(dialect + "-" + location.replace('/', '_') + ".sql");
        Files.writeString(file, sql.toString());
        return file;
    }

    /** Tables and columns (with types), version table and data rows. */
    private static void assertSameDatabase(ScratchDatabase offline, ScratchDatabase online) throws Exception {
        assertThat(describe(offline)).isEqualTo(describe(online));
        assertThat(EngineTest.queryStrings(offline, "SELECT version_num FROM migrate_version"))
                .isEqualTo(EngineTest.queryStrings(online, "SELECT version_num FROM migrate_version"));
        assertThat(EngineTest.queryStrings(offline, "SELECT revision FROM migrate_history ORDER BY id"))
                .isEqualTo(EngineTest.queryStrings(online, "SELECT revision FROM migrate_history ORDER BY id"));
    }

    private static TreeMap<String, List<String>> describe(ScratchDatabase db) throws Exception {
        TreeMap<String, List<String>> tables = new TreeMap<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData()
                        .getColumns(c.getCatalog(), db.kind() == TestDatabase.MARIADB ? null : db.schema(), "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                tables.computeIfAbsent(table, t -> new ArrayList<>())
                        .add(rs.getString("COLUMN_NAME") + " "
                                + rs.getString("TYPE_NAME") + "(" + rs.getInt("COLUMN_SIZE") + ") null="
                                + rs.getString("IS_NULLABLE")
                                + " default=" + rs.getString("COLUMN_DEF"));
            }
        }
        for (String table : tables.keySet()) {
            if (!table.startsWith("migrate_")) {
                tables.get(table).add("rows=" + EngineTest.queryStrings(db, "SELECT COUNT(*) FROM " + table));
            }
        }
        return tables;
    }
}
