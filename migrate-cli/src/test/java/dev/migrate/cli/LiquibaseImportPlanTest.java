package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate import liquibase} without a database: the rollbacks Liquibase derives itself, the
 * refusal of change types migrate cannot translate, and changelog parameters.
 */
class LiquibaseImportPlanTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
            """;

    @TempDir
    Path project;

    @Test
    void writesTheRollbacksLiquibaseDerivesAndSaysWhyADowngradeIsEmpty() throws IOException {
        changelog("""
                <changeSet id="1" author="a">
                    <createTable tableName="country"><column name="code" type="char(2)"/></createTable>
                    <createTable tableName="customer"><column name="id" type="int"/>
                        <column name="country_code" type="char(2)"/><column name="email" type="varchar(9)"/></createTable>
                </changeSet>
                <changeSet id="2" author="a">
                    <addUniqueConstraint tableName="customer" columnNames="email" constraintName="ux_email"/>
                    <addForeignKeyConstraint baseTableName="customer" baseColumnNames="country_code"
                        constraintName="fk_country" referencedTableName="country" referencedColumnNames="code"/>
                    <createIndex indexName="ix_email" tableName="customer"><column name="email"/></createIndex>
                </changeSet>
                <changeSet id="3" author="a">
                    <renameColumn tableName="customer" oldColumnName="email" newColumnName="mail"/>
                    <renameTable oldTableName="customer" newTableName="client"/>
                    <createView viewName="client_view">SELECT id FROM client</createView>
                    <createSequence sequenceName="seq"/>
                    <addColumn tableName="client"><column name="phone" type="varchar(9)"/></addColumn>
                </changeSet>
                <changeSet id="4" author="a">
                    <createTable tableName="note"><column name="id" type="int"/></createTable>
                    <sql>INSERT INTO country (code) VALUES ('DE')</sql>
                </changeSet>
                <changeSet id="5" author="a">
                    <tagDatabase tag="v1"/>
                </changeSet>
                """);

        Result mariadb = cli().run("--dialect", "mariadb", "import", "liquibase", "--changelog", "master.xml");
        assertThat(mariadb.exitCode()).as(mariadb.toString()).isZero();
        assertThat(read("L_1_a.sql")).contains("-- migrate:downgrade\nDROP TABLE customer;\nDROP TABLE country;");
        assertThat(read("L_2_a.sql"))
                .contains("-- migrate:downgrade\nDROP INDEX ix_email ON customer;\n"
                        + "ALTER TABLE customer DROP CONSTRAINT fk_country;\nDROP INDEX IF EXISTS fk_country ON customer;\n"
                        + "ALTER TABLE customer DROP CONSTRAINT ux_email;");
        assertThat(read("L_3_a.sql"))
                .contains(
                        "ALTER TABLE customer RENAME COLUMN email TO mail;\nALTER TABLE customer RENAME TO client;\n"
                                + "CREATE VIEW client_view AS\nSELECT id FROM client;",
                        "-- migrate:downgrade\nALTER TABLE client DROP COLUMN phone;\nDROP SEQUENCE seq;\n"
                                + "DROP VIEW client_view;\nALTER TABLE client RENAME TO customer;\n"
                                + "ALTER TABLE customer RENAME COLUMN mail TO email;");
        assertThat(read("L_4_a.sql"))
                .contains("-- migrate:downgrade\n-- The changeset has no <rollback>, and "
                        + "Liquibase derives none for <sql>, so the downgrade is empty.")
                .doesNotContain("DROP TABLE note");
        assertThat(read("L_5_a.sql")).contains("-- migrate:downgrade\n-- Nothing to undo");
        assertThat(mariadb.err()).doesNotContain("WARNING");

        // a second import keeps files already written, so each dialect writes into a folder of its own
        Result postgres = cli().run(
                        "--dialect",
                        "postgresql",
                        "import",
                        "liquibase",
                        "--changelog",
                        "master.xml",
                        "--version-path",
                        "pg");
        assertThat(postgres.exitCode()).as(postgres.toString()).isZero();
        assertThat(Files.readString(project.resolve("pg/L_2_a.sql")))
                .contains(
                        "-- migrate:downgrade\nDROP INDEX ix_email;\nALTER TABLE customer DROP CONSTRAINT fk_country;\n"
                                + "ALTER TABLE customer DROP CONSTRAINT ux_email;");

        Result unknownDialect = cli().run("import", "liquibase", "--changelog", "master.xml", "--version-path", "any");
        assertThat(unknownDialect.exitCode()).as(unknownDialect.toString()).isZero();
        assertThat(Files.readString(project.resolve("any/L_2_a.sql")))
                .contains(
                        "-- migrate:downgrade\nDROP INDEX ix_email; -- on MariaDB/MySQL instead: DROP INDEX ix_email ON "
                                + "customer;",
                        "ALTER TABLE customer DROP CONSTRAINT fk_country; -- on MariaDB/MySQL also: DROP INDEX IF EXISTS "
                                + "fk_country ON customer;");
    }

    @Test
    void refusesChangeTypesItCannotTranslateUnlessAllowedAndThenWritesThemAsWarnedTodos() throws IOException {
        changelog("""
                <changeSet id="1" author="a">
                    <createTable tableName="t"><column name="v" type="int"/></createTable>
                </changeSet>
                <changeSet id="2" author="b">
                    <modifyDataType tableName="t" columnName="v" newDataType="bigint"/>
                </changeSet>
                """);

        Result refused = cli().run("import", "liquibase", "--changelog", "master.xml");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err())
                .contains(
                        "Change types that migrate cannot translate: <modifyDataType> in "
                                + "changeset 2 by b (master.xml)",
                        "Nothing was written",
                        "--allow-unknown");
        assertThat(project.resolve("migrations/versions")).doesNotExist();

        Result allowed = cli().run("import", "liquibase", "--changelog", "master.xml", "--allow-unknown");
        assertThat(allowed.exitCode()).as(allowed.toString()).isZero();
        assertThat(allowed.err())
                .contains("WARNING: Changeset 2 (master.xml): change type <modifyDataType> was not " + "translated");
        assertThat(read("L_2_b.sql"))
                .contains(
                        "-- WARNING: TODO: the Liquibase change type <modifyDataType>",
                        "-- <modifyDataType",
                        "newDataType=\"bigint\"",
                        "Liquibase derives none for <modifyDataType>, so the downgrade is empty");
    }

    @Test
    void replacesChangelogParametersAndNamesThoseWithoutAValue() throws IOException {
        changelog("""
                <property name="table" value="customer"/>
                <property name="type" value="varchar(50)"/>
                <property name="table" value="ignored"/>
                <changeSet id="1" author="a">
                    <createTable tableName="${table}"><column name="name" type="${type}"/></createTable>
                    <sql>INSERT INTO ${table} (name) VALUES ('${owner}')</sql>
                    <rollback>DROP TABLE ${table}</rollback>
                </changeSet>
                """);

        Result refused = cli().run("import", "liquibase", "--changelog", "master.xml");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err())
                .contains(
                        "Changelog parameters without a value: ${owner} (changeset 1 in " + "master.xml)",
                        "--placeholder NAME=VALUE");
        assertThat(project.resolve("migrations/versions")).doesNotExist();

        Result imported = cli().run(
                        "import",
                        "liquibase",
                        "--changelog",
                        "master.xml",
                        "--placeholder",
                        "owner=Erin",
                        "--placeholder",
                        "type=text");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(read("L_1_a.sql"))
                .contains(
                        "CREATE TABLE customer (\n    name text\n);",
                        "INSERT INTO customer (name) VALUES ('Erin');",
                        "-- migrate:downgrade\nDROP TABLE customer")
                .doesNotContain("${");
    }

    private InProcessCli cli() {
        return new InProcessCli(project);
    }

    private void changelog(String changeSets) throws IOException {
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(
                project.resolve("src/main/resources/master.xml"),
                HEAD + changeSets + "</databaseChangeLog>\n",
                StandardCharsets.UTF_8);
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:migrations/versions
                version_locations = migrations/versions
                """);
    }

    private String read(String revisionFile) throws IOException {
        return Files.readString(project.resolve("migrations/versions").resolve(revisionFile), StandardCharsets.UTF_8);
    }
}
