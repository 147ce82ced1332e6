package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.testing.DatabaseClient;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reliability.quoting.HostileNames;

/**
 * Identifiers are quoted and values escaped: a table named like an injection attempt is
 * created, altered and dropped as one name, online and through each database's own client
 * running the offline script, and nothing else happens to the database.
 */
class IdentifierQuotingTest {

    private static final String LOCATION = "classpath:reliability/quoting";
    private static final String LAST = "q2000000000b";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlineTheHostileTableIsOneNameAndItsValuesArriveIntact(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            db.execute("CREATE TABLE users (id INT)", "INSERT INTO users (id) VALUES (7)");
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations(LOCATION)
                    .load();

            migrate.upgrade("heads");
            assertUpgraded(db);

            migrate.downgrade("base");
            assertDowngraded(db);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void offlineScriptsRunThroughTheClientDoTheSame(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            db.execute("CREATE TABLE users (id INT)", "INSERT INTO users (id) VALUES (7)");
            Migrate migrate = Migrate.configure().locations(LOCATION).load();
            StringBuilder upgrade = new StringBuilder();
            migrate.upgradeSql("heads", kind.dialectName(), upgrade);
            StringBuilder downgrade = new StringBuilder();
            migrate.downgradeSql(LAST + ":base", kind.dialectName(), downgrade);

            runScript(db, upgrade.toString(), "upgrade");
            assertUpgraded(db);
            assertThat(Migrate.configure()
                            .dataSource(db.dataSource())
                            .locations(LOCATION)
                            .load()
                            .appliedHistory())
                    .extracting(AppliedRevision::message)
                    .first()
                    .isEqualTo("hostile table; it's \\ 'quoted' -- here");

            runScript(db, downgrade.toString(), "downgrade");
            assertDowngraded(db);
        }
    }

    private void assertUpgraded(ScratchDatabase db) throws Exception {
        assertThat(tables(db))
                .containsExactlyInAnyOrder(HostileNames.TABLE, "users", "migrate_version", "migrate_history");
        assertThat(columns(db, HostileNames.TABLE)).containsExactlyInAnyOrder("id", "note", HostileNames.COLUMN);
        assertThat(strings(db, "SELECT note FROM " + quote(db, HostileNames.TABLE) + " ORDER BY id"))
                .containsExactlyElementsOf(HostileNames.VALUES);
        assertThat(strings(db, "SELECT id FROM users")).containsExactly("7");
    }

    private void assertDowngraded(ScratchDatabase db) throws Exception {
        assertThat(tables(db)).containsExactlyInAnyOrder("users", "migrate_version", "migrate_history");
        assertThat(strings(db, "SELECT id FROM users")).containsExactly("7");
    }

    private void runScript(ScratchDatabase db, String sql, String name) throws Exception {
        Path script = temp.resolve(db.kind() + "-" + name + ".sql");
        Files.writeString(script, sql);
        DatabaseClient.run(db, script);
    }

    private static Set<String> tables(ScratchDatabase db) throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData()
                        .getTables(
                                c.getCatalog(),
                                db.kind() == TestDatabase.MARIADB ? null : db.schema(),
                                "%",
                                new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(unfolded(rs.getString("TABLE_NAME")));
            }
        }
        // H2's row lock keeps its own table; it is the lock, not something a revision made.
        names.remove("migrate_version_lock");
        return names;
    }

    /** Undoes the upper-casing of unquoted names (H2) and leaves quoted, mixed-case names alone. */
    private static String unfolded(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static List<String> columns(ScratchDatabase db, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData()
                        .getColumns(
                                c.getCatalog(),
                                db.kind() == TestDatabase.MARIADB ? null : db.schema(),
                                escapeLike(table),
                                "%")) {
            while (rs.next()) {
                names.add(unfolded(rs.getString("COLUMN_NAME")));
            }
        }
        return names;
    }

    private static String escapeLike(String name) {
        return name.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
    }

    private static List<String> strings(ScratchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static String quote(ScratchDatabase db, String name) {
        return db.kind() == TestDatabase.MARIADB
                ? "`" + name.replace("`", "``") + "`"
                : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
