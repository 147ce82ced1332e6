package dev.migrate.spring.boot.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.fixture.FixtureApplication;
import dev.migrate.spring.boot.fixture.FixtureDatabase;
import dev.migrate.spring.boot.fixture.FixtureProcesses;
import dev.migrate.spring.boot.fixture.FixtureProcesses.Run;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate fleet} in command mode, each command a JVM of its own: with no migrate.properties,
 * the fleet is the application's own, its DataSource, {@code migrate.*} settings and
 * {@code migrate.tenants.*}; the command line's options still win.
 */
class CommandModeFleetProcessTests {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB"})
    @Execution(ExecutionMode.CONCURRENT) // waits on application processes: two at once, one per core
    void fleetCommandsRunOnTheApplicationsTenants(TestDatabase kind) throws Exception {
        try (ScratchDatabase scratch = TestDatabases.create(kind)) {
            List<String> tenants = createTenants(scratch, 2);
            try {
                FixtureDatabase database = FixtureDatabase.of(scratch);
                FixtureProcesses app = new FixtureProcesses(this.directory, database)
                        .with("MIGRATE_TENANTS_LIST", String.join(",", tenants))
                        .with("MIGRATE_TENANTS_PARALLEL", "2");

                Run upgrade = app.run("migrate", "fleet", "upgrade", "heads");
                assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
                for (String tenant : tenants) {
                    assertThat(upgrade.out())
                            .containsPattern("(?m)^" + tenant + " +base +" + FixtureApplication.ADD_BODY + " +2 ");
                    assertThat(versionHeads(scratch, tenant)).containsExactly(FixtureApplication.ADD_BODY);
                }
                assertThat(upgrade.out())
                        .contains("fleet upgrade heads: 2 tenant(s) of 2")
                        .contains("(parallel 2,");
                assertThat(database.tables())
                        .as("the tenants were upgraded, not the application's own schema")
                        .isEmpty();

                Run check = app.run("migrate", "fleet", "check");
                assertThat(check.exitCode()).as(check.toString()).isZero();

                // The command line's tenant source wins over migrate.tenants.list.
                Run downgrade = app.run("migrate", "fleet", "downgrade", "-1", "--tenants-pattern", tenants.get(0));
                assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
                assertThat(downgrade.out()).contains("1 tenant(s) of 1");
                assertThat(versionHeads(scratch, tenants.get(0))).containsExactly(FixtureApplication.CREATE_NOTE);
                assertThat(versionHeads(scratch, tenants.get(1))).containsExactly(FixtureApplication.ADD_BODY);

                Run behind = app.run("migrate", "fleet", "check", "--continue-on-error");
                assertThat(behind.exitCode()).as(behind.toString()).isEqualTo(1);
                assertThat(behind.out()).contains("FAILED " + tenants.get(0));

                Run json = app.run("migrate", "fleet", "current", "--format", "json");
                assertThat(json.exitCode()).as(json.toString()).isZero();
                assertThat(json.out())
                        .contains("\"tenantsInSet\":2")
                        .contains("\"" + FixtureApplication.CREATE_NOTE + "\":1")
                        .contains("\"" + FixtureApplication.ADD_BODY + "\":1");
            } finally {
                dropTenants(scratch, tenants);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES"})
    void withoutATenantSourceFleetSaysWhereToNameOne(TestDatabase kind) throws Exception {
        try (ScratchDatabase scratch = TestDatabases.create(kind)) {
            FixtureProcesses app = new FixtureProcesses(this.directory, FixtureDatabase.of(scratch));
            Run none = app.run("migrate", "fleet", "status");
            assertThat(none.exitCode()).as(none.toString()).isEqualTo(2);
            assertThat(none.err()).contains("migrate.tenants.list").doesNotContain("no database is configured");
        }
    }

    private static List<String> createTenants(ScratchDatabase db, int count) {
        String prefix = "cf"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT) + "_";
        List<String> tenants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = prefix + i;
            db.execute((db.kind() == TestDatabase.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ") + name);
            tenants.add(name);
        }
        return tenants;
    }

    private static void dropTenants(ScratchDatabase db, List<String> tenants) {
        for (String tenant : tenants) {
            db.execute(
                    (db.kind() == TestDatabase.MARIADB)
                            ? "DROP DATABASE IF EXISTS " + tenant
                            : "DROP SCHEMA IF EXISTS " + tenant + " CASCADE");
        }
    }

    private static List<String> versionHeads(ScratchDatabase db, String tenant) throws SQLException {
        List<String> heads = new ArrayList<>();
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM " + tenant + ".migrate_version")) {
            while (rows.next()) {
                heads.add(rows.getString(1));
            }
        }
        return heads;
    }
}
