package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.DatabaseClient;
import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate upgrade --sql base:heads > upgrade.sql} gives a file the database's own client
 * runs as it is (stdout carries the script and nothing else), and the database it leaves is one
 * migrate reads as upgraded: {@code current} names the head and an online upgrade has nothing to do.
 */
@Execution(ExecutionMode.CONCURRENT) // waits on child processes: two at once, one per core
class CliOfflineScriptThroughClientTest {

    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB"})
    void theScriptOnStdoutRunsThroughTheDatabasesClient(TestDatabase kind) throws Exception {
        Path versions = Files.createDirectories(project.resolve("versions"));
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
        Files.writeString(versions.resolve("001_account.sql"), """
                -- revision: aaaa00000001
                -- down_revision:
                -- message: create account
                -- migrate:upgrade
                CREATE TABLE account (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL);
                INSERT INTO account (id, email) VALUES (1, 'it''s@example.com');
                -- migrate:downgrade
                DROP TABLE account;
                """);
        Files.writeString(versions.resolve("002_login.sql"), """
                -- revision: bbbb00000002
                -- down_revision: aaaa00000001
                -- message: add login
                -- migrate:upgrade
                ALTER TABLE account ADD COLUMN login VARCHAR(50);
                CREATE INDEX ix_account_login ON account (login);
                -- migrate:downgrade
                ALTER TABLE account DROP COLUMN login;
                """);
        try (ProcessDatabase db = ProcessDatabase.create(kind, null)) {
            ProgramProcess cli = db.cli(project);

            Result offline = cli.run("upgrade", "--sql", "base:heads");
            assertThat(offline.exitCode()).as(offline.toString()).isZero();
            assertThat(offline.err())
                    .as("logs go to stderr, never into the script")
                    .doesNotContain("CREATE TABLE");
            Path script = project.resolve("upgrade.sql");
            Files.writeString(script, offline.out());
            DatabaseClient.run(db.scratch(), script);

            Result current = cli.run("current");
            assertThat(current.exitCode()).as(current.toString()).isZero();
            assertThat(current.out()).isEqualTo("bbbb00000002 (head)\n");

            Result online = cli.run("upgrade", "heads");
            assertThat(online.exitCode()).as(online.toString()).isZero();
            assertThat(online.all()).doesNotContain("Running upgrade");

            Result history = cli.run("history", "-i");
            assertThat(history.out()).contains("aaaa00000001 -> bbbb00000002 (head) (current), add login");
        }
    }
}
