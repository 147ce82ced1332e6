package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code --tag} as a user gives it to upgrade, downgrade and stamp, and finds it again in
 * {@code history --verbose}, on PostgreSQL, MariaDB and H2.
 */
class CliTagTest {

    @TempDir
    Path project;

    private ProcessDatabase database;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeployIsFoundByItsTagInHistoryVerbose(TestDatabase kind) throws IOException {
        InProcessCli cli = project(kind);

        assertThat(cli.run("upgrade", "--tag", "release-41", "aaaa00000001").exitCode())
                .isZero();
        assertThat(cli.run("upgrade", "heads").exitCode()).isZero();
        assertThat(cli.run("downgrade", "--tag", "rollback-7", "-1").exitCode()).isZero();
        Result stamp = cli.run("stamp", "--tag", "fix-3", "heads");
        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();

        Result history = cli.run("history", "--verbose");

        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.err()).isEmpty();
        assertThat(history.out())
                .containsPattern("Rev: bbbb00000002 \\(head\\)\nParent: aaaa00000001\n"
                        + "Tag: rollback-7 \\(downgrade \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)\n"
                        + "Tag: fix-3 \\(stamp [^)]+\\)\nPath: ")
                .containsPattern("Rev: aaaa00000001\nParent: <base>\nTag: release-41 \\(upgrade [^)]+\\)\nPath: ");
        assertThat(history.out().lines().filter(line -> line.startsWith("Tag: ")))
                .hasSize(3);
    }

    @Test
    void historyVerboseWithoutADatabaseShowsTheScriptsAlone() throws IOException {
        writeProject();
        Result history = new InProcessCli(project).run("history", "--verbose");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.err()).isEmpty();
        assertThat(history.out()).contains("Rev: bbbb00000002 (head)").doesNotContain("Tag:");
    }

    @Test
    void historyVerboseOnADatabaseThatCannotBeReachedWarnsAndStillListsTheScripts() throws IOException {
        writeProject();
        Result history = new InProcessCli(project)
                .env("MIGRATE_URL", "jdbc:postgresql://127.0.0.1:1/none")
                .run("history", "--verbose");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).contains("Rev: bbbb00000002 (head)");
        assertThat(history.err()).startsWith("WARNING: the history log could not be read, so tags are not shown: ");
    }

    @Test
    void anOfflineScriptCarriesTheTag() throws IOException {
        writeProject();
        Result sql = new InProcessCli(project)
                .run("--dialect", "postgresql", "upgrade", "--sql", "--tag", "dba-9", "aaaa00000001:heads");
        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.out())
                .contains("ALTER TABLE migrate_history ADD COLUMN IF NOT EXISTS tag VARCHAR(255);")
                .containsPattern("INSERT INTO migrate_history \\(.*, success, tag\\) VALUES \\(.*, TRUE, 'dba-9'\\);");
    }

    @Test
    void aBlankTagIsBadInput() throws IOException {
        writeProject();
        Result blank = new InProcessCli(project).run("--dialect", "h2", "upgrade", "--sql", "--tag", " ", "heads");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).startsWith("FAILED: --tag ' ' is not a tag");
    }

    private InProcessCli project(TestDatabase kind) throws IOException {
        writeProject();
        database = ProcessDatabase.create(kind, project.resolve("h2db"));
        return database.inProcessCli(project);
    }

    private void writeProject() throws IOException {
        Path versions = Files.createDirectories(project.resolve("versions"));
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
        Files.writeString(versions.resolve("aaaa00000001.sql"), """
                -- revision: aaaa00000001
                -- message: create account
                -- migrate:upgrade
                CREATE TABLE account (id INT PRIMARY KEY);
                -- migrate:downgrade
                DROP TABLE account;
                """);
        Files.writeString(versions.resolve("bbbb00000002.sql"), """
                -- revision: bbbb00000002
                -- down_revision: aaaa00000001
                -- message: create invoice
                -- migrate:upgrade
                CREATE TABLE invoice (id INT PRIMARY KEY);
                -- migrate:downgrade
                DROP TABLE invoice;
                """);
    }
}
