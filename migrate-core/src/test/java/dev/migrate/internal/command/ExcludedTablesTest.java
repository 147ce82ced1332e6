package dev.migrate.internal.command;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.CheckResult;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database that Liquibase or Flyway managed keeps their tables, and teams keep tables of their
 * own that no entity maps: {@code check}, autogenerate and {@code baseline} leave the tools' tables
 * alone always, and the tables of the {@code excludeTables} globs when asked, on each database.
 */
class ExcludedTablesTest {

    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void otherToolsTablesAndExcludedTablesAreLeftAlone(TestDatabase kind) throws IOException {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            // Liquibase writes its tables in upper case, Flyway in lower case.
            database.execute(
                    "CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255) NOT NULL)",
                    "CREATE TABLE DATABASECHANGELOGLOCK (ID INT NOT NULL)",
                    "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL)",
                    "CREATE TABLE audit_log (id INT NOT NULL)",
                    "CREATE TABLE account (id INT NOT NULL PRIMARY KEY)");
            Path empty = Files.createDirectories(project.resolve("empty"));
            SchemaModel entities = new SchemaModel(
                    List.of(
                            Table.of("account", column("id", integer()).primaryKey()),
                            Table.of("audit_log", column("id", integer()).notNull(), column("extra", varchar(10)))),
                    List.of());

            Migrate all = Migrate.configure()
                    .dataSource(database.dataSource())
                    .locations("filesystem:" + empty)
                    .load();
            CheckResult unfiltered = Autogenerate.check(all, entities, CompareOptions.defaults());
            assertThat(unfiltered.exitCode()).isEqualTo(1);
            assertThat(unfiltered.report())
                    .contains("audit_log")
                    .doesNotContainIgnoringCase("databasechangelog")
                    .doesNotContain("flyway_schema_history");

            Migrate excluding = Migrate.configure()
                    .dataSource(database.dataSource())
                    .locations("filesystem:" + empty)
                    .excludeTables(List.of("audit_*"))
                    .load();
            CheckResult filtered = Autogenerate.check(excluding, entities, CompareOptions.defaults());
            assertThat(filtered.report())
                    .as("neither compared nor altered from the model")
                    .isEqualTo("No new upgrade operations detected.");
            assertThat(filtered.exitCode()).isZero();

            Path versions = project.resolve("versions");
            Path file = new BaselineCommand(
                            () -> excluding,
                            new RevisionFileSettings(
                                    null,
                                    List.of(versions),
                                    RevisionFormat.SQL,
                                    RevisionFileSettings.DEFAULT_JAVA_PACKAGE,
                                    FileNameTemplate.defaults()),
                            new Console(
                                    new PrintStream(new ByteArrayOutputStream()),
                                    new PrintStream(new ByteArrayOutputStream()),
                                    true))
                    .baseline("existing schema", "aaaaaaaaaaaa", null);
            String baseline = Files.readString(file).toLowerCase(Locale.ROOT);
            assertThat(baseline)
                    .contains("create table account")
                    .doesNotContain("databasechangelog")
                    .doesNotContain("flyway_schema_history")
                    .doesNotContain("audit_log");
        }
    }
}
