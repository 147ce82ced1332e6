package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V3__Add_admin;
import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.CheckResult;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate import flyway} against databases real Flyway built from a project's scripts
 * (versioned with dots and underscores, undo, repeatable, placeholders, a Java migration), on
 * PostgreSQL, MariaDB and H2: a fresh database upgraded by the imported revisions has the same
 * schema and seed rows, the Flyway-built database is stamped at head and checks clean, and the
 * undo scripts downgrade to the schema Flyway built at that version.
 */
class FlywayImportTest {

    private static final Map<String, String> PLACEHOLDERS = Map.of("home_code", "DE", "home_name", "Germany");
    private static final String PORTED = "INSERT INTO country (code, name) VALUES ('AQ', 'Antarctica');\n";

    @TempDir
    Path project;

    private ImportProject imports;

    @BeforeEach
    void createProject() {
        imports = new ImportProject(project);
    }

    @AfterEach
    void dropDatabases() {
        imports.close();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importsTheScriptsStampsTheFlywayDatabaseAndUpgradesAFreshOneToTheSameSchema(TestDatabase kind)
            throws Exception {
        imports.copyCorpus("/import/flyway");
        ProcessDatabase old = imports.database(kind, "old");
        flyway(old, null).migrate();
        List<String> flywayHistory = SchemaOf.rows(old, "SELECT * FROM " + flywayTable(kind) + " ORDER BY 1");

        InProcessCli cli = old.inProcessCli(project);
        Result imported =
                cli.run("import", "flyway", "--placeholder", "home_code=DE", "--placeholder", "home_name=Germany");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imports.revisionFiles())
                .containsExactly(
                        "R_country_names_country_names.sql",
                        "V1_1_create_customer.sql",
                        "V1_2_add_customer_phone.sql",
                        "V1_create_country.sql",
                        "V2_create_orders.sql",
                        "V3_add_admin.sql");
        assertThat(imported.err())
                .contains(
                        "WARNING: Java migration ",
                        "V3__Add_admin.java cannot be carried over",
                        "NOTE: Repeatable script R__country_names.sql became revision R_country_names");
        assertThat(imports.read("V1_create_country.sql"))
                .contains("-- revision: V1\n", "-- down_revision: \n", "VALUES ('DE', 'Germany')")
                .doesNotContain("${");
        assertThat(imports.read("V1_2_add_customer_phone.sql"))
                .contains("-- down_revision: V1_1\n", "-- migrate:downgrade\nALTER TABLE customer DROP COLUMN phone;");
        assertThat(imports.read("V1_create_country.sql"))
                .contains("-- migrate:downgrade\n-- Flyway had no undo script");
        // what the warning asks: port the Java migration's body into its revision
        Path javaRevision = project.resolve("migrations/versions/V3_add_admin.sql");
        Files.writeString(
                javaRevision, imports.read("V3_add_admin.sql").replaceFirst("(?m)^-- TODO: port the body.*\n", PORTED));

        Result stamp = cli.run(
                "import", "flyway", "--placeholder", "home_code=DE", "--placeholder", "home_name=Germany", "--stamp");
        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
        assertThat(stamp.out()).contains("Kept " + javaRevision, "Stamped the database at R_country_names");
        assertThat(cli.run("current").out()).isEqualTo("R_country_names (head)\n");
        assertThat(SchemaOf.rows(old, "SELECT * FROM " + flywayTable(kind) + " ORDER BY 1"))
                .as("Flyway's history is left as it was")
                .isEqualTo(flywayHistory);

        ProcessDatabase fresh = imports.database(kind, "fresh");
        Result upgrade = fresh.inProcessCli(project).run("upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        // (a) the same schema, constraint and index names included, and the same seed rows
        assertThat(SchemaOf.differences(old, fresh)).isEmpty();
        String seeds = "SELECT code, name FROM country ORDER BY code";
        assertThat(SchemaOf.rows(fresh, seeds))
                .containsExactly("AQ|Antarctica", "DE|Germany", "FR|France")
                .isEqualTo(SchemaOf.rows(old, seeds));
        assertThat(SchemaOf.rows(fresh, "SELECT name FROM country_names WHERE code = 'FR'"))
                .containsExactly("France");

        // (b) the stamped Flyway database: nothing pending, and check against the imported schema is clean
        Migrate engine = engine(old);
        assertThat(engine.pending()).isEmpty();
        CheckResult check = Autogenerate.check(engine, SchemaOf.reflect(fresh), CompareOptions.defaults());
        assertThat(check.differences()).isEmpty();

        // (c) the undo scripts as downgrades: back to the schema Flyway builds at version 1.1
        Result downgrade = fresh.inProcessCli(project).run("downgrade", "V1_1");
        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
        ProcessDatabase atOneOne = imports.database(kind, "flyway11");
        flyway(atOneOne, "1.1").migrate();
        assertThat(SchemaOf.differences(atOneOne, fresh)).isEmpty();
    }

    @Test
    void refusesToStampAHistoryThatDoesNotMatchTheScriptsAndListsEveryEntry() throws Exception {
        imports.copyCorpus("/import/flyway");
        ProcessDatabase old = imports.database(TestDatabase.H2, "old");
        flyway(old, null).migrate();
        old.execute(
                "UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1.2'",
                "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                        + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                        + "(99, '4', 'hotfix', 'SQL', 'V4__hotfix.sql', 7, 'sa', 1, FALSE)");
        Files.delete(project.resolve("src/main/resources/db/migration/V2__create_orders.sql"));

        Result stamp = old.inProcessCli(project)
                .run(
                        "import",
                        "flyway",
                        "--placeholder",
                        "home_code=DE",
                        "--placeholder",
                        "home_name=Germany",
                        "--stamp");

        assertThat(stamp.exitCode()).as(stamp.toString()).isEqualTo(1);
        assertThat(stamp.err())
                .contains(
                        "does not match the imported scripts, so it was not stamped",
                        "version 1.2 'add customer phone' (V1.2__add_customer_phone.sql, SQL) was applied with checksum 42",
                        "version 2 'create orders' (V2__create_orders.sql, SQL) was applied but no script of that version",
                        "version 4 'hotfix' (V4__hotfix.sql, SQL) failed");
        assertThat(SchemaOf.rows(
                        old,
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = " + "'MIGRATE_VERSION'"))
                .containsExactly("0");
    }

    @Test
    void aDatabaseFlywayBaselinedIsStampedPastItsBaselineVersion() throws Exception {
        imports.copyCorpus("/import/flyway");
        ProcessDatabase old = imports.database(TestDatabase.H2, "old");
        // built before Flyway came, then adopted with Flyway's baseline at 1.2
        flyway(old, "1.2").migrate();
        old.execute("DROP TABLE \"flyway_schema_history\"");
        Flyway.configure()
                .configuration(flyway(old, null).getConfiguration())
                .baselineOnMigrate(true)
                .baselineVersion("1.2")
                .load()
                .migrate();
        assertThat(SchemaOf.rows(old, "SELECT \"type\" FROM \"flyway_schema_history\" ORDER BY 1"))
                .contains("BASELINE");

        Result stamp = old.inProcessCli(project)
                .run(
                        "import",
                        "flyway",
                        "--placeholder",
                        "home_code=DE",
                        "--placeholder",
                        "home_name=Germany",
                        "--stamp");

        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
        assertThat(old.inProcessCli(project).run("current").out()).isEqualTo("R_country_names (head)\n");
    }

    @Test
    void namesThePlaceholdersThatHaveNoValue() throws Exception {
        imports.copyCorpus("/import/flyway");
        Result imported = new InProcessCli(project).run("import", "flyway", "--placeholder", "home_code=DE");
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(2);
        assertThat(imported.err())
                .contains(
                        "Flyway placeholders without a value: ${home_name} in " + "V1__create_country.sql",
                        "--placeholder NAME=VALUE");
        assertThat(project.resolve("migrations/versions")).doesNotExist();
    }

    private Flyway flyway(ProcessDatabase database, String target) {
        var configuration = Flyway.configure()
                .dataSource(
                        database.url(),
                        database.kind() == TestDatabase.H2
                                ? null
                                : database.scratch().user(),
                        database.kind() == TestDatabase.H2
                                ? null
                                : database.scratch().password())
                .locations("filesystem:" + project.resolve("src/main/resources/db/migration"))
                .placeholders(PLACEHOLDERS)
                .javaMigrations(new V3__Add_admin());
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    private Migrate engine(ProcessDatabase database) {
        return Migrate.configure()
                .url(
                        database.url(),
                        database.kind() == TestDatabase.H2
                                ? null
                                : database.scratch().user(),
                        database.kind() == TestDatabase.H2
                                ? null
                                : database.scratch().password())
                .locations("filesystem:" + project.resolve("migrations/versions"))
                .load();
    }

    private static String flywayTable(TestDatabase kind) {
        return switch (kind) {
            case MARIADB -> "flyway_schema_history";
            default -> "\"flyway_schema_history\"";
        };
    }
}
