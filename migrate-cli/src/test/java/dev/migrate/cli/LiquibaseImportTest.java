package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate import liquibase} against databases real Liquibase built from an XML master changelog
 * (include, includeAll, a YAML and a JSON changelog, createTable, loadData from CSV, addUniqueConstraint, addForeignKeyConstraint,
 * createIndex, addColumn, createSequence, sqlFile, rollback blocks and derived rollbacks, preconditions,
 * contexts and labels, tagDatabase) and a formatted-SQL changelog, on PostgreSQL, MariaDB and H2.
 */
class LiquibaseImportTest {

    private static final String MASTER = "db/changelog/master.xml";

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
    void importsTheChangelogsStampsTheLiquibaseDatabaseAndUpgradesAFreshOneToTheSameSchema(TestDatabase kind)
            throws Exception {
        imports.copyCorpus("/import/liquibase");
        ProcessDatabase old = imports.database(kind, "old");
        liquibase(old, "update", Map.of());

        InProcessCli cli = old.inProcessCli(project);
        Result imported = cli.run("import", "liquibase", "--changelog", MASTER);
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imports.revisionFiles())
                .containsExactly(
                        "L_10_erin.sql",
                        "L_11_erin.sql",
                        "L_1_alice.sql",
                        "L_20_frank.sql",
                        "L_21_frank.sql",
                        "L_2_alice.sql",
                        "L_3_bob.sql",
                        "L_4_bob.sql",
                        "L_5_carol.sql",
                        "L_6_carol.sql",
                        "L_7_dave.sql",
                        "L_8_dave.sql");
        assertThat(imported.err())
                .doesNotContain("WARNING")
                .contains(
                        "NOTE: Changeset 3 (db/changelog/changes/001-tables.xml) has context !test",
                        "has labels core",
                        "preconditions (not) are not checked",
                        "NOTE: Changeset 10 (db/changelog/sql/010-orders.sql) has context prod",
                        "precondition 'precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM orders'");
        assertThat(imports.read("L_1_alice.sql"))
                .contains(
                        "-- down_revision: \n", "-- message: countries\n", "-- migrate:downgrade\nDROP TABLE country;");
        assertThat(imports.read("L_2_alice.sql"))
                .contains("INSERT INTO country (code, name) VALUES ('DE', 'Germany');");
        assertThat(imports.read("L_7_dave.sql")).contains("-- Liquibase tagDatabase release-1: nothing to run");
        assertThat(imports.read("L_20_frank.sql"))
                .contains(
                        "-- down_revision: L_8_dave\n",
                        "-- message: invoices\n",
                        "amount decimal(10, 2) NOT NULL",
                        "-- migrate:downgrade\nDROP TABLE invoice;");
        assertThat(imports.read("L_21_frank.sql"))
                .contains(
                        "ALTER TABLE invoice ADD note varchar(200);",
                        "-- migrate:downgrade\nALTER TABLE invoice DROP COLUMN note;");
        assertThat(imports.read("L_10_erin.sql"))
                .contains("-- down_revision: L_21_frank\n", "-- migrate:downgrade\nDROP TABLE orders;");

        Result stamp = cli.run("import", "liquibase", "--changelog", MASTER, "--stamp");
        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
        assertThat(cli.run("current").out()).isEqualTo("L_11_erin (head)\n");

        ProcessDatabase fresh = imports.database(kind, "fresh");
        Result upgrade = fresh.inProcessCli(project).run("upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        // (a) the same schema and seed rows
        assertThat(SchemaOf.differences(old, fresh)).isEmpty();
        for (String seeds : List.of(
                "SELECT code, name FROM country ORDER BY code",
                "SELECT id, email, name, country_code FROM customer ORDER BY id")) {
            assertThat(SchemaOf.rows(fresh, seeds)).isNotEmpty().isEqualTo(SchemaOf.rows(old, seeds));
        }

        // (b) stamped: nothing pending, check against the imported schema is clean
        Migrate engine = Migrate.configure()
                .url(
                        old.url(),
                        kind == TestDatabase.H2 ? null : old.scratch().user(),
                        kind == TestDatabase.H2 ? null : old.scratch().password())
                .locations("filesystem:" + project.resolve("migrations/versions"))
                .load();
        assertThat(engine.pending()).isEmpty();
        assertThat(Autogenerate.check(engine, SchemaOf.reflect(fresh), CompareOptions.defaults())
                        .differences())
                .isEmpty();

        // (c) the rollbacks as downgrades (blocks, and those Liquibase derives: the index's drop in this
        // dialect's spelling, the constraints', the column's): back to the schema of the first three changesets
        Result downgrade = fresh.inProcessCli(project).run("downgrade", "L_3_bob");
        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
        ProcessDatabase atThree = imports.database(kind, "three");
        liquibase(atThree, "updateCount", Map.of("count", 3));
        assertThat(SchemaOf.differences(atThree, fresh)).isEmpty();
    }

    @Test
    void refusesToStampAHistoryThatDoesNotMatchTheChangelogsAndListsEveryEntry() throws Exception {
        imports.copyCorpus("/import/liquibase");
        ProcessDatabase old = imports.database(TestDatabase.H2, "old");
        liquibase(old, "update", Map.of());
        old.execute(
                "DELETE FROM DATABASECHANGELOG WHERE ID = '3'",
                "UPDATE DATABASECHANGELOG SET ID = '99' WHERE ID = '11'");

        Result stamp = old.inProcessCli(project).run("import", "liquibase", "--changelog", MASTER, "--stamp");

        assertThat(stamp.exitCode()).as(stamp.toString()).isEqualTo(1);
        assertThat(stamp.err())
                .contains(
                        "does not match the imported changelogs, so it was not stamped",
                        "changeset 99 by erin in db/changelog/sql/010-orders.sql was applied but is not in the imported "
                                + "changelogs",
                        "L_4_bob was applied after changesets that were not: L_3_bob");
        assertThat(SchemaOf.rows(
                        old,
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = " + "'MIGRATE_VERSION'"))
                .containsExactly("0");
    }

    private void liquibase(ProcessDatabase database, String command, Map<String, Object> arguments) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        Scope.child(
                Scope.Attr.resourceAccessor.name(),
                new DirectoryResourceAccessor(project.resolve("src/main/resources")),
                () -> {
                    CommandScope scope = new CommandScope(command)
                            .addArgumentValue("url", database.url())
                            .addArgumentValue("changelogFile", MASTER);
                    if (database.kind() != TestDatabase.H2) {
                        scope.addArgumentValue("username", database.scratch().user());
                        scope.addArgumentValue("password", database.scratch().password());
                    }
                    arguments.forEach(scope::addArgumentValue);
                    scope.execute();
                });
    }
}
