package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sql}: the SQL goes to stdout and the database is never reached (its port here is closed). */
class CliOfflineTest {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/shop";

    @TempDir
    Path project;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(project.resolve("versions"));
        Files.writeString(
                project.resolve("migrate.properties"), "locations = filesystem:versions\nurl = " + UNREACHABLE + "\n");
        Files.writeString(project.resolve("versions/aaaa00000001_create_account.sql"), """
                -- revision: aaaa00000001
                -- message: create account
                -- migrate:upgrade
                CREATE TABLE account (id INT PRIMARY KEY);
                -- migrate:downgrade
                DROP TABLE account;
                """);
    }

    @Test
    void upgradeWritesTheVersionTableAndTheRevisions() {
        Result result = CliProcess.fromClassPath(project).run("upgrade", "--sql", "heads");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains(
                        "CREATE TABLE migrate_version",
                        "CREATE TABLE account (id INT PRIMARY KEY)",
                        "-- Running upgrade  -> aaaa00000001, create account");
        assertThat(result.out().indexOf("migrate_version"))
                .isLessThan(result.out().indexOf("account"));
    }

    @Test
    void downgradeNeedsARangeAsInAlembic() {
        ProgramProcess cli = CliProcess.fromClassPath(project);
        Result refused = cli.run("downgrade", "--sql", "base");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("FAILED: downgrade with --sql requires <fromrev>:<torev>\n");
        Result result = cli.run("downgrade", "--sql", "aaaa00000001:base");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("DROP TABLE account");
    }

    @Test
    void ensureVersionWritesTheTables() {
        Result result = CliProcess.fromClassPath(project).run("ensure_version", "--sql");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("CREATE TABLE migrate_version").doesNotContain("account");
    }

    @Test
    void dialectNamesTheDatabaseWhenThereIsNoUrl() throws IOException {
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
        ProgramProcess cli = CliProcess.fromClassPath(project);
        Result result = cli.run("--dialect", "mariadb", "upgrade", "--sql", "heads");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains("AUTO_INCREMENT", "START TRANSACTION;", "CREATE TABLE account (id INT PRIMARY KEY)");
        Result unknown = cli.run("--dialect", "oracle", "upgrade", "--sql", "heads");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown dialect 'oracle'");
    }

    @Test
    void stampWritesTheVersionRowsWithoutTheRevisions() {
        Result result = CliProcess.fromClassPath(project).run("stamp", "--sql", "heads");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains(
                        "CREATE TABLE migrate_version",
                        "INSERT INTO migrate_version (version_num) VALUES ('aaaa00000001');")
                .doesNotContain("CREATE TABLE account");
    }
}
