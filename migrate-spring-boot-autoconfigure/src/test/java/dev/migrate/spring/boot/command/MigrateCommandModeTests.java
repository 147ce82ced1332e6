package dev.migrate.spring.boot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command mode, each case in its own process as a user runs it: {@code java ... migrate <command>}.
 */
class MigrateCommandModeTests {

    @TempDir
    Path directory;

    @Test
    void runsOnlyTheCommandWithTheApplicationsConfigurationThenExits() throws Exception {
        Run run = launch("migrate", "current", "--verbose");
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).isEqualTo("command [current, --verbose] on version table app_version\n");
        // No web server (the process ended by itself), no application runner, no unneeded bean,
        // and Hibernate's validate did not stop a command meant to bring the schema up to date.
        assertThat(run.out + run.err)
                .doesNotContain("Tomcat")
                .doesNotContain("the application's own runner ran")
                .doesNotContain("eager service created");
        // And no upgrade at startup: the revisions' table is not there.
        try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "");
                ResultSet tables = connection.getMetaData().getTables(null, null, "BOOK", null)) {
            assertThat(tables.next()).isFalse();
        }
    }

    @Test
    void exitsWithTheCommandsExitCode() throws Exception {
        assertThat(launch("migrate", "fail").exitCode).isEqualTo(1);
    }

    @Test
    void withoutTheMigrateArgumentTheApplicationStartsAsUsual() throws Exception {
        Run run = launch("--spring.main.web-application-type=none");
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("the application's own runner ran").contains("eager service created");
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + this.directory.resolve("app").toAbsolutePath();
    }

    private Run launch(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CommandModeApplication.class.getName());
        command.addAll(List.of(arguments));
        Path out = this.directory.resolve("out.txt");
        Path err = this.directory.resolve("err.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", databaseUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "sa");
        builder.environment().put("SPRING_JPA_HIBERNATE_DDL_AUTO", "validate");
        builder.environment().put("MIGRATE_VERSION_TABLE", "app_version");
        builder.environment().put("MIGRATE_LOCATIONS", "classpath:db/library");
        builder.environment().put("SERVER_PORT", "0");
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 90 s: " + command.subList(3, command.size()) + "\n"
                    + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    record Run(int exitCode, String out, String err) {}
}
