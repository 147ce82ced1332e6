package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's two-database project: one migrate.properties with a default section (the
 * application's database) and a {@code billing} section, {@code -n billing} picking the second;
 * each database ends up with its own revisions only. On PostgreSQL, MariaDB and H2.
 */
class CliNamedSectionTest {

    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachSectionMigratesItsOwnDatabase(TestDatabase kind) throws Exception {
        try (ScratchDatabase app = TestDatabases.create(kind);
                ScratchDatabase billing = TestDatabases.create(kind)) {
            writeRevision("app", "aaaa00000001", "CREATE TABLE account (id INT PRIMARY KEY)");
            writeRevision("billing", "bbbb00000001", "CREATE TABLE invoice (id INT PRIMARY KEY)");
            Files.writeString(project.resolve("migrate.properties"), """
                    # the application's database
                    url = %s
                    user = %s
                    password = ${APP_PASSWORD}
                    locations = filesystem:migrations/app

                    # migrate -n billing ...
                    billing.url = %s
                    billing.user = %s
                    billing.password = ${BILLING_PASSWORD}
                    billing.locations = filesystem:migrations/billing
                    """.formatted(
                            app.url(), nullToEmpty(app.user()), billing.url(), nullToEmpty(billing.user())));
            InProcessCli cli = new InProcessCli(project)
                    .env("APP_PASSWORD", nullToEmpty(app.password()))
                    .env("BILLING_PASSWORD", nullToEmpty(billing.password()));

            Result upgradeApp = cli.run("upgrade", "head");
            assertThat(upgradeApp.exitCode()).as(upgradeApp.toString()).isZero();
            Result upgradeBilling = cli.run("-n", "billing", "upgrade", "head");
            assertThat(upgradeBilling.exitCode()).as(upgradeBilling.toString()).isZero();
            assertThat(upgradeBilling.err()).contains("Running upgrade  -> bbbb00000001, billing");

            assertThat(cli.run("current").out()).isEqualTo("aaaa00000001 (head)\n");
            assertThat(cli.run("--name", "billing", "current").out()).isEqualTo("bbbb00000001 (head)\n");
            assertThat(versions(app)).isEqualTo("aaaa00000001");
            assertThat(versions(billing)).isEqualTo("bbbb00000001");
        }
    }

    private void writeRevision(String folder, String id, String upgrade) throws Exception {
        Path versions = Files.createDirectories(project.resolve("migrations").resolve(folder));
        Files.writeString(
                versions.resolve(id + ".sql"),
                "-- revision: " + id + "\n-- message: " + folder + "\n-- migrate:upgrade\n" + upgrade
                        + ";\n-- migrate:downgrade\n");
    }

    private static String versions(ScratchDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM migrate_version")) {
            StringBuilder ids = new StringBuilder();
            while (rows.next()) {
                ids.append(rows.getString(1));
            }
            return ids.toString();
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
