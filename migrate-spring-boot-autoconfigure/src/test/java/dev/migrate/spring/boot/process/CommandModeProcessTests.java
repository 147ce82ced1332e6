package dev.migrate.spring.boot.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.fixture.FixtureApplication;
import dev.migrate.spring.boot.fixture.FixtureDatabase;
import dev.migrate.spring.boot.fixture.FixtureProcesses;
import dev.migrate.spring.boot.fixture.FixtureProcesses.Run;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Command mode as a user runs it, each command a JVM of its own ({@code java ... FixtureApplication
 * migrate <command>}) on each real database: stdout is the answer alone, the exit code the
 * command's, and the schema after each command exactly what the revisions make.
 */
class CommandModeProcessTests {

    /** migrate's tables and the revisions' one; H2 has no advisory lock, so a lock table too. */
    static List<String> migratedTables(TestDatabase kind) {
        return (kind == TestDatabase.H2)
                ? List.of("migrate_history", "migrate_version", "migrate_version_lock", "note")
                : List.of("migrate_history", "migrate_version", "note");
    }

    private static final String FIRST_ONLY = "classpath:dev/migrate/spring/boot/fixture/migrations";

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    @Execution(ExecutionMode.CONCURRENT) // waits on application processes: two at once, one per core
    void commandsRunWithTheApplicationsConfigurationAndPrintOnlyTheirAnswer(TestDatabase kind) throws Exception {
        try (ScratchDatabase scratch = TestDatabases.create(kind)) {
            FixtureDatabase database = FixtureDatabase.forProcesses(scratch, this.directory);
            // The application logs at INFO, with Boot's own console logging: the logs must go to stderr.
            FixtureProcesses app = new FixtureProcesses(this.directory, database).with("LOGGING_LEVEL_ROOT", "info");

            Run current = app.run("migrate", "current");
            assertThat(current.exitCode()).as(current.toString()).isZero();
            assertThat(current.out()).isEmpty();
            assertThat(current.err()).contains("INFO").contains("Hibernate ORM core version");
            assertThat(database.tables())
                    .as("read-only commands create nothing")
                    .isEmpty();

            Run heads = app.run("migrate", "heads");
            assertThat(heads.out()).as(heads.toString()).isEqualTo(FixtureApplication.ADD_BODY + " (head)\n");

            Run upgrade = app.run("migrate", "upgrade", "head");
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.out()).isEmpty();
            assertThat(upgrade.err())
                    .contains("Running upgrade  -> " + FixtureApplication.CREATE_NOTE + ", create note")
                    .contains("Running upgrade " + FixtureApplication.CREATE_NOTE + " -> " + FixtureApplication.ADD_BODY
                            + ", add body to note");
            assertThat(database.tables()).containsExactlyElementsOf(migratedTables(kind));
            assertThat(database.columns("note")).containsExactly("body", "id", "title");

            assertThat(app.run("migrate", "current").out()).isEqualTo(FixtureApplication.ADD_BODY + " (head)\n");
            Run history = app.run("migrate", "history");
            assertThat(history.out())
                    .as(history.toString())
                    .isEqualTo(FixtureApplication.CREATE_NOTE + " -> " + FixtureApplication.ADD_BODY
                            + " (head), add body to note\n<base> -> " + FixtureApplication.CREATE_NOTE
                            + ", create note\n");

            Run clean = app.run("migrate", "check");
            assertThat(clean.exitCode()).as(clean.toString()).isZero();
            assertThat(clean.out()).isEqualTo("No new upgrade operations detected.\n");

            Run downgrade = app.run("migrate", "downgrade", "-1");
            assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
            assertThat(downgrade.out()).isEmpty();
            assertThat(database.columns("note")).containsExactly("id", "title");

            Run behind = app.run("migrate", "check");
            assertThat(behind.exitCode()).as(behind.toString()).isEqualTo(1);
            assertThat(behind.out()).isEmpty();
            assertThat(behind.err()).contains("FAILED: Target database is not up to date.");

            // Without the SQL revision, the database is at the head and the entity has a column more.
            FixtureProcesses firstOnly = app.with("MIGRATE_LOCATIONS", FIRST_ONLY);
            Run drift = firstOnly.run("migrate", "check");
            assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
            assertThat(drift.out()).startsWith("New upgrade operations detected:\n  table 'note': column 'body'");

            Run dryRun = firstOnly.run("migrate", "revision", "--autogenerate", "-m", "test", "--sql");
            assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
            assertThat(dryRun.out())
                    .as("only the SQL of the upgrade, for the application's database")
                    .startsWith("ALTER TABLE note ADD")
                    .contains("body")
                    .doesNotContain("INFO");
            assertThat(javaFiles(this.directory.resolve("src/main/java/dev/migrate/spring/boot/fixture/migrations")))
                    .as("a dry run writes no file")
                    .isEmpty();

            Run revision = firstOnly.run("migrate", "revision", "--autogenerate", "-m", "add body");
            assertThat(revision.exitCode()).as(revision.toString()).isZero();
            Path folder = this.directory.resolve("src/main/java/dev/migrate/spring/boot/fixture/migrations");
            List<Path> written = javaFiles(folder);
            assertThat(written).singleElement().satisfies((file) -> {
                assertThat(file.getFileName().toString()).endsWith("_add_body.java");
                assertThat(revision.out())
                        .isEqualTo("Creating directory " + folder + " ...  done\nGenerating " + file + " ...  done\n");
                assertThat(Files.readString(file))
                        .contains("package dev.migrate.spring.boot.fixture.migrations;")
                        .contains("down = \"" + FixtureApplication.CREATE_NOTE + "\"")
                        .contains("op.addColumn(\"note\"");
            });
            assertThat(database.tables()).containsExactlyElementsOf(migratedTables(kind));
            assertThat(database.columns("note")).containsExactly("id", "title");

            Run unknown = app.run("migrate", "upgrade", "nosuchrevision");
            assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
            assertThat(unknown.out()).isEmpty();
            assertThat(unknown.err()).contains("FAILED: ");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    @Execution(ExecutionMode.CONCURRENT) // waits on application processes: two at once, one per core
    void bootArgumentsBeforeOrAfterTheCommandConfigureTheApplication(TestDatabase kind) throws Exception {
        try (ScratchDatabase scratch = TestDatabases.create(kind)) {
            FixtureDatabase database = FixtureDatabase.forProcesses(scratch, this.directory);
            // The environment names another database: only the arguments lead to this one.
            FixtureProcesses app = new FixtureProcesses(this.directory, database)
                    .with("SPRING_DATASOURCE_URL", "jdbc:h2:mem:elsewhere");
            String url = "--spring.datasource.url=" + database.url();

            Run upgrade = app.run(
                    "migrate",
                    "upgrade",
                    "head",
                    url,
                    "--spring.profiles.active=prod",
                    "--logging.level.dev.migrate=info");
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.err()).doesNotContain("Unknown option");
            assertThat(database.tables()).containsExactlyElementsOf(migratedTables(kind));

            Run before = app.run("--spring.profiles.active=prod", url, "migrate", "current");
            assertThat(before.exitCode()).as(before.toString()).isZero();
            assertThat(before.out())
                    .as("command mode, not the application's start")
                    .isEqualTo(FixtureApplication.ADD_BODY + " (head)\n");

            Run mixed = app.run(url, "migrate", "--spring.main.banner-mode=off", "check", "--migrate.target=heads");
            assertThat(mixed.exitCode()).as(mixed.toString()).isZero();
            assertThat(mixed.out()).isEqualTo("No new upgrade operations detected.\n");

            Run cliOptions = app.run("migrate", "history", "--rev-range=base:" + FixtureApplication.CREATE_NOTE, url);
            assertThat(cliOptions.exitCode()).as(cliOptions.toString()).isZero();
            assertThat(cliOptions.out())
                    .as("the command's own --name=value options stay the command's")
                    .isEqualTo("<base> -> " + FixtureApplication.CREATE_NOTE + ", create note\n");

            Run unknown = app.run("migrate", "current", "--no-such-option", url);
            assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
            assertThat(unknown.err()).contains("Unknown option: '--no-such-option'");
        }
    }

    @Test
    void plainRevisionReadsTheGraphUpgradeRunsSqlRevisionsAmongTheResourcesIncluded() throws Exception {
        // The fixture's head is a SQL revision among the resources; its Java revisions are compiled.
        FixtureProcesses app = new FixtureProcesses(this.directory, FixtureDatabase.h2File(this.directory));
        Path folder = this.directory.resolve("src/main/java/dev/migrate/spring/boot/fixture/migrations");

        Run first = app.run("migrate", "revision", "-m", "tag notes", "--rev-id", "c3d4e5f6a7b8");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(javaFiles(folder)).singleElement().satisfies((file) -> assertThat(Files.readString(file))
                .contains("down = \"" + FixtureApplication.ADD_BODY + "\""));

        // The new source is not compiled: it and the SQL revision it stands on are still one graph.
        Run second = app.run("migrate", "revision", "-m", "archive notes", "--rev-id", "d4e5f6a7b8c9");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(javaFiles(folder)).hasSize(2).anySatisfy((file) -> assertThat(Files.readString(file))
                .contains("id = \"d4e5f6a7b8c9\"")
                .contains("down = \"c3d4e5f6a7b8\""));
    }

    @Test
    void anApplicationWithoutJpaRunsCommandsAndIsToldWhatCheckNeeds() throws Exception {
        FixtureDatabase database = FixtureDatabase.h2File(this.directory);
        // Without JPA as an application without it has: no Hibernate, no JPA API, no Boot JPA modules.
        FixtureProcesses app = new FixtureProcesses(this.directory, database)
                .without(
                        "hibernate-core",
                        "jakarta.persistence-api",
                        "spring-boot-jpa",
                        "spring-boot-hibernate",
                        "spring-boot-data-jpa",
                        "spring-data-jpa",
                        "spring-orm");

        Run upgrade = app.run("migrate", "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(database.columns("note")).containsExactly("body", "id", "title");

        Run check = app.run("migrate", "check");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(2);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).contains("FAILED: ").contains("--entities");
    }

    private static List<Path> javaFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter((file) -> file.toString().endsWith(".java")).toList();
        }
    }
}
