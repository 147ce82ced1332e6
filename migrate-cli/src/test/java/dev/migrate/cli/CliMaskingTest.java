package dev.migrate.cli;

import dev.migrate.cli.CliProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** No password reaches the output, whichever way it was given and whichever path prints it. */
class CliMaskingTest {

    private static final String PASSWORD = "Tr0ub4dor-3";

    @TempDir
    Path project;

    @Test
    void anErrorThatRepeatsAValueFromTheFileDoesNotShowThePassword() throws IOException {
        Files.writeString(project.resolve("migrate.properties"),
                "url = jdbc:postgresql://scott:" + PASSWORD + "@127.0.0.1:1/shop\nlock_timeout = " + PASSWORD + "\n");
        Result result = CliProcess.fromClassPath(project).run("upgrade", "heads");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("FAILED: lock_timeout = *** in ");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordFromTheEnvironmentIsMaskedInAnyMessage() throws IOException {
        Files.writeString(project.resolve("migrate.properties"), "validate_checksums = " + PASSWORD + "\n");
        Result result = CliProcess.fromClassPath(project).env("MIGRATE_PASSWORD", PASSWORD)
                .run("--raiseerr", "upgrade", "heads");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("validate_checksums = ***").contains("at dev.migrate.");
        assertThat(result.all()).doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordFromPasswordEnvOrTheUrlFlagIsMasked() {
        Result result = CliProcess.fromClassPath(project).env("DB_SECRET", PASSWORD)
                .run("--password-env", "DB_SECRET", "-x", "lock_timeout=" + PASSWORD, "upgrade", "heads");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.all()).contains("lock_timeout = ***").doesNotContain(PASSWORD);

        Result fromUrl = CliProcess.fromClassPath(project)
                .run("--url", "jdbc:mariadb://127.0.0.1:1/db?user=root&password=" + PASSWORD,
                        "-x", "transaction_per_migration=" + PASSWORD, "upgrade", "heads");
        assertThat(fromUrl.exitCode()).isEqualTo(2);
        assertThat(fromUrl.all()).contains("transaction_per_migration = ***").doesNotContain(PASSWORD);
    }
}
