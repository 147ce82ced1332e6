package dev.migrate.spring.boot.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.fixture.FixtureApplication;
import dev.migrate.spring.boot.fixture.FixtureDatabase;
import dev.migrate.spring.boot.fixture.FixtureProcesses;
import dev.migrate.spring.boot.fixture.FixtureProcesses.Run;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In command mode the schema is migrate's alone: whatever {@code spring.jpa.hibernate.ddl-auto}
 * says, Hibernate creates, changes, validates and drops nothing, so after each command the
 * database holds exactly what the revisions made. And {@code upgrade --sql} writes a script that
 * psql runs as it is.
 */
class CommandModeSchemaOwnershipTests {

    @TempDir
    Path directory;

    static Stream<Arguments> ddlAutoSettings() {
        return Stream.of(
                Arguments.of(TestDatabase.H2, "none"),
                Arguments.of(TestDatabase.H2, "validate"),
                Arguments.of(TestDatabase.H2, "update"),
                Arguments.of(TestDatabase.H2, "create"),
                Arguments.of(TestDatabase.H2, "create-drop"),
                Arguments.of(TestDatabase.POSTGRES, "create-drop"),
                Arguments.of(TestDatabase.MARIADB, "update"));
    }

    @ParameterizedTest(name = "{0}, ddl-auto={1}")
    @MethodSource("ddlAutoSettings")
    @Execution(ExecutionMode.CONCURRENT) // waits on application processes: two at once, one per core
    void hibernateNeverTouchesTheSchema(TestDatabase kind, String ddlAuto) throws Exception {
        try (ScratchDatabase scratch = TestDatabases.create(kind)) {
            FixtureDatabase database = FixtureDatabase.forProcesses(scratch, this.directory);
            FixtureProcesses app =
                    new FixtureProcesses(this.directory, database).with("SPRING_JPA_HIBERNATE_DDL_AUTO", ddlAuto);

            // No revisions yet: autogenerate sees an empty database, so Hibernate created nothing first.
            Run revision = app.with("MIGRATE_LOCATIONS", "classpath:db/migrations")
                    .run("migrate", "revision", "--autogenerate", "-m", "create note");
            assertThat(revision.exitCode()).as(revision.toString()).isZero();
            Path written = this.directory.resolve("src/main/java/db/migrations");
            try (Stream<Path> files = Files.list(written)) {
                assertThat(files.toList()).singleElement().satisfies((file) -> assertThat(Files.readString(file))
                        .contains("package db.migrations;")
                        .contains("op.createTable(Table.of(\"note\","));
            }
            assertThat(database.tables()).as(revision.toString()).isEmpty();

            Run upgrade = app.run("migrate", "upgrade", "head");
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(database.tables()).containsExactlyElementsOf(CommandModeProcessTests.migratedTables(kind));
            assertThat(database.columns("note")).containsExactly("body", "id", "title");

            Run check = app.run("migrate", "check");
            assertThat(check.exitCode()).as(check.toString()).isZero();
            assertThat(database.tables()).containsExactlyElementsOf(CommandModeProcessTests.migratedTables(kind));

            Run downgrade = app.run("migrate", "downgrade", "-1");
            assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
            assertThat(database.columns("note")).containsExactly("id", "title");

            Run base = app.run("migrate", "downgrade", "base");
            assertThat(base.exitCode()).as(base.toString()).isZero();
            assertThat(database.tables()).doesNotContain("note");
        }
    }

    @Test
    void upgradeSqlRedirectedToAFileRunsInPsqlOnAFreshDatabase() throws Exception {
        try (ScratchDatabase scratch = TestDatabases.create(TestDatabase.POSTGRES)) {
            FixtureProcesses app = new FixtureProcesses(this.directory, FixtureDatabase.of(scratch));
            Run offline = app.run("migrate", "upgrade", "--sql", "base:head");
            assertThat(offline.exitCode()).as(offline.toString()).isZero();
            Path script = Files.writeString(this.directory.resolve("upgrade.sql"), offline.out());

            String fresh =
                    "mt_psql_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection connection = scratch.connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + fresh);
            }
            try {
                URI server = URI.create(scratch.url().substring("jdbc:".length()));
                ProcessBuilder command = new ProcessBuilder(
                                "psql",
                                "-X",
                                "-q",
                                "-v",
                                "ON_ERROR_STOP=1",
                                "-h",
                                server.getHost(),
                                "-p",
                                String.valueOf(server.getPort()),
                                "-U",
                                scratch.user(),
                                "-d",
                                fresh,
                                "-f",
                                script.toString())
                        .redirectErrorStream(true);
                command.environment().put("PGPASSWORD", scratch.password());
                Process psql = command.start();
                String psqlOutput = new String(psql.getInputStream().readAllBytes());
                assertThat(psql.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(psql.exitValue()).as(psqlOutput + "\n" + offline).isZero();
                FixtureDatabase database = new FixtureDatabase(
                        TestDatabase.POSTGRES,
                        scratch.url().replaceFirst("/[^/?]+\\?.*$", "/" + fresh),
                        scratch.user(),
                        scratch.password());
                assertThat(database.tables()).containsExactly("migrate_history", "migrate_version", "note");
                assertThat(database.columns("note")).containsExactly("body", "id", "title");
                try (Connection connection = database.connect();
                        Statement statement = connection.createStatement();
                        var heads = statement.executeQuery("SELECT version_num FROM migrate_version")) {
                    assertThat(heads.next()).isTrue();
                    assertThat(heads.getString(1)).isEqualTo(FixtureApplication.ADD_BODY);
                    assertThat(heads.next()).isFalse();
                }
            } finally {
                try (Connection connection = scratch.connect();
                        Statement statement = connection.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + fresh.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
                }
            }
        }
    }
}
