package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No password reaches the output, whichever way it was given and whichever path prints it. */
class CliMaskingTest {

    private static final String PASSWORD = "Tr0ub4dor-3";

    @TempDir
    Path project;

    @Test
    void anErrorThatRepeatsAValueFromTheFileDoesNotShowThePassword() throws IOException {
        Files.writeString(
                project.resolve("migrate.properties"),
                "url = jdbc:postgresql://scott:" + PASSWORD + "@127.0.0.1:1/shop\nlock_timeout = " + PASSWORD + "\n");
        Result result = CliProcess.fromClassPath(project).run("upgrade", "heads");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("FAILED: lock_timeout = *** in ");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordFromTheEnvironmentIsMaskedInAnyMessage() throws IOException {
        Files.writeString(project.resolve("migrate.properties"), "validate_checksums = " + PASSWORD + "\n");
        Result result = CliProcess.fromClassPath(project)
                .env("MIGRATE_PASSWORD", PASSWORD)
                .run("--raiseerr", "upgrade", "heads");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("validate_checksums = ***").contains("at dev.migrate.");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordFromPasswordEnvOrTheUrlFlagIsMasked() {
        Result result = CliProcess.fromClassPath(project)
                .env("DB_SECRET", PASSWORD)
                .run("--password-env", "DB_SECRET", "-x", "lock_timeout=" + PASSWORD, "upgrade", "heads");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.all()).contains("lock_timeout = ***").doesNotContain(PASSWORD);

        Result fromUrl = CliProcess.fromClassPath(project)
                .run(
                        "--url",
                        "jdbc:mariadb://127.0.0.1:1/db?user=root&password=" + PASSWORD,
                        "-x",
                        "transaction_per_migration=" + PASSWORD,
                        "upgrade",
                        "heads");
        assertThat(fromUrl.exitCode()).isEqualTo(2);
        assertThat(fromUrl.all()).contains("transaction_per_migration = ***").doesNotContain(PASSWORD);
    }

    @Test
    void aDriverMessageThatRepeatsTheUrlIsMasked() throws IOException {
        emptyProject();
        // DriverManager repeats the URL: "No suitable driver found for jdbc:nosuch://scott:…@…"
        Result result = CliProcess.fromClassPath(project)
                .run("--url", "jdbc:nosuch://scott:" + PASSWORD + "@db.example.com/shop", "current");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("jdbc:nosuch://scott:***@db.example.com/shop");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void anH2MessageThatRepeatsItsSettingsIsMasked() throws IOException {
        emptyProject();
        // H2 refuses a relative file path and quotes the whole URL, PASSWORD setting included
        Result result = CliProcess.fromClassPath(project)
                .env("MIGRATE_URL", "jdbc:h2:relative/db;PASSWORD=" + PASSWORD)
                .run("current", "-v");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("PASSWORD=***");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void currentVerboseShowsTheUrlMasked() throws IOException {
        Path versions = emptyProject();
        Result result = CliProcess.fromClassPath(project)
                .run(
                        "--url",
                        "jdbc:h2:file:" + project.resolve("db") + ";USER=sa;PASSWORD=" + PASSWORD,
                        "current",
                        "-v");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .isEqualTo(
                        "Current revision(s) for jdbc:h2:file:" + project.resolve("db") + ";USER=sa;PASSWORD=***:\n");
        assertThat(versions).isEmptyDirectory();
    }

    private Path emptyProject() throws IOException {
        Path versions = Files.createDirectories(project.resolve("versions"));
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
        return versions;
    }
}
