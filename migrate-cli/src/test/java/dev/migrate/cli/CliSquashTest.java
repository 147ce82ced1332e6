package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate squash} as a user runs it: a database stopped inside the range upgrades through the
 * originals onto the squashed revision; with the originals deleted, a database at base runs the
 * squashed revision alone and its downgrade returns to base.
 */
@Execution(ExecutionMode.CONCURRENT) // waits on child processes: two at once, one per core
class CliSquashTest {

    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void squashWritesTheRevisionAndDatabasesUpgradeOntoIt(TestDatabase kind) throws IOException {
        try (ScratchDatabase scratch = TestDatabases.create(kind)) {
            String url = kind == TestDatabase.H2 ? "jdbc:h2:file:" + project.resolve("h2db") : scratch.url();
            ProgramProcess cli = CliProcess.fromClassPath(project).env("MIGRATE_URL", url);
            if (kind != TestDatabase.H2 && scratch.user() != null) {
                cli.env("MIGRATE_USER", scratch.user());
            }
            if (kind != TestDatabase.H2 && scratch.password() != null) {
                cli.env("MIGRATE_PASSWORD", scratch.password());
            }
            Path versions = Files.createDirectories(project.resolve("migrations/versions"));
            Files.writeString(project.resolve("migrate.properties"), """
                    locations = filesystem:migrations/versions
                    version_locations = migrations/versions
                    revision_format = sql
                    """);
            write(
                    versions,
                    "a",
                    "",
                    "create account",
                    "CREATE TABLE account (id INT PRIMARY KEY)",
                    "DROP TABLE account");
            write(
                    versions,
                    "b",
                    "a",
                    "account email",
                    "ALTER TABLE account ADD COLUMN email VARCHAR(100)",
                    "ALTER TABLE account DROP COLUMN email");
            write(
                    versions,
                    "c",
                    "b",
                    "create invoice",
                    "CREATE TABLE invoice (id INT PRIMARY KEY, total INT NOT NULL)",
                    "DROP TABLE invoice");
            assertThat(cli.run("upgrade", "b").exitCode()).isZero();

            Result squash = cli.run("squash", "--up-to", "c", "-m", "baseline 2026", "--rev-id", "s2026");
            assertThat(squash.exitCode()).as(squash.toString()).isZero();
            Path file;
            try (var files = Files.list(versions)) {
                file = files.filter(f -> f.getFileName().toString().contains("_s2026_baseline_2026.sql"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(squash.toString()));
            }
            assertThat(squash.out())
                    .isEqualTo("Generating " + file.toAbsolutePath() + " ...  done\n"
                            + "Revision s2026 replaces a, b, c.\n");
            assertThat(Files.readString(file)).contains("-- replaces: a, b, c\n", "-- migrate:downgrade\n");

            Result upgrade = cli.run("upgrade", "heads");
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.err())
                    .contains(
                            "INFO  [migrate.runtime] Running upgrade b -> c, create invoice\n",
                            "INFO  [migrate.runtime] Running stamp_revision c -> s2026, baseline 2026\n");
            assertThat(cli.run("current").out()).isEqualTo("s2026 (head) (squashed)\n");
            assertThat(cli.run("history").out()).isEqualTo("<base> -> s2026 (head) (squashed), baseline 2026\n");

            Result down = cli.run("downgrade", "base");
            assertThat(down.exitCode()).as(down.toString()).isZero();
            assertThat(down.err()).contains("INFO  [migrate.runtime] Running downgrade s2026 -> , baseline 2026\n");
            for (String id : List.of("a", "b", "c")) {
                Files.delete(versions.resolve(id + ".sql"));
            }
            Result fresh = cli.run("upgrade", "heads");
            assertThat(fresh.exitCode()).as(fresh.toString()).isZero();
            assertThat(fresh.err())
                    .contains("INFO  [migrate.runtime] Running upgrade  -> s2026, baseline 2026\n")
                    .doesNotContain("create account");
            assertThat(cli.run("show", "s2026").out())
                    .contains("Rev: s2026 (head) (squashed)\n", "Replaces: a, b, c\n");
            Result missing = cli.run("squash", "-m", "x");
            assertThat(missing.exitCode()).isEqualTo(2);
            assertThat(missing.err()).contains("Missing required option: '--up-to=REV'");
        }
    }

    private static void write(Path versions, String id, String down, String message, String upgrade, String downgrade)
            throws IOException {
        Files.writeString(
                versions.resolve(id + ".sql"),
                "-- revision: " + id + "\n-- down_revision: " + down
                        + "\n-- message: " + message + "\n-- migrate:upgrade\n" + upgrade + ";\n-- migrate:downgrade\n"
                        + downgrade + ";\n");
    }
}
