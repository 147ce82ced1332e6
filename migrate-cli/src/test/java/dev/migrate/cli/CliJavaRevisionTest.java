package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java flow: init --template java, revision writes sources, the user compiles them, and the
 * program runs the compiled classes named by the {@code classpath} setting.
 */
class CliJavaRevisionTest {

    @TempDir
    Path project;

    @Test
    void compiledJavaRevisionsRunFromTheConfiguredClasspath() throws IOException {
        ProgramProcess cli =
                CliProcess.fromClassPath(project).env("MIGRATE_URL", "jdbc:h2:file:" + project.resolve("db"));
        assertThat(cli.run("-q", "init", "--template", "java", "migrations").exitCode())
                .isZero();
        assertThat(cli.run("-q", "revision", "-m", "create account", "--rev-id", "aaaa00000001")
                        .exitCode())
                .isZero();
        assertThat(cli.run("-q", "revision", "-m", "create invoice", "--rev-id", "bbbb00000002")
                        .exitCode())
                .isZero();
        List<Path> sources = sources();
        assertThat(sources).hasSize(2);
        write(
                sources.get(0),
                "op.execute(\"CREATE TABLE account (id INT PRIMARY KEY)\");",
                "op.execute(\"DROP TABLE account\");");
        write(
                sources.get(1),
                "op.execute(\"CREATE TABLE invoice (id INT PRIMARY KEY)\");",
                "op.execute(\"DROP TABLE invoice\");");

        Path classes = Files.createDirectories(project.resolve("target/classes"));
        List<String> javac =
                new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        sources.forEach(source -> javac.add(source.toString()));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)))
                .isZero();

        Result history = cli.run("history");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out()).isEqualTo("""
                aaaa00000001 -> bbbb00000002 (head), create invoice
                <base> -> aaaa00000001, create account
                """);
        Result upgrade = cli.run("upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).contains("Running upgrade aaaa00000001 -> bbbb00000002, create invoice");
        assertThat(cli.run("current").out()).isEqualTo("bbbb00000002 (head)\n");
    }

    @Test
    void plainRevisionReadsTheGraphUpgradeRunsSqlRevisionsAmongTheResourcesIncluded() throws IOException {
        InProcessCli cli = new InProcessCli(project).env("MIGRATE_URL", "jdbc:h2:file:" + project.resolve("db"));
        assertThat(cli.run("-q", "init", "--template", "java", "migrations").exitCode())
                .isZero();
        // A SQL revision kept in src/main/resources/db/migrations, as the build copies it.
        Path resources = Files.createDirectories(project.resolve("target/classes/db/migrations"));
        Files.writeString(resources.resolve("0001_create_account.sql"), """
                -- revision: aaaa00000001
                -- down_revision:
                -- message: create account
                -- migrate:upgrade
                CREATE TABLE account (id INT PRIMARY KEY);
                -- migrate:downgrade
                DROP TABLE account;
                """);

        Result second = cli.run("revision", "-m", "create invoice", "--rev-id", "bbbb00000002");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(Files.readString(sources().get(0))).contains("down = \"aaaa00000001\"");
        Result third = cli.run("revision", "-m", "create payment", "--rev-id", "cccc00000003");
        assertThat(third.exitCode())
                .as("the uncompiled Java revision and the SQL one are one graph: " + third)
                .isZero();
        assertThat(Files.readString(sources().get(1))).contains("down = \"bbbb00000002\"");

        Path classes = project.resolve("target/classes");
        List<String> javac =
                new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        sources().forEach(source -> javac.add(source.toString()));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new)))
                .isZero();
        Result history = cli.run("history");
        assertThat(history.out()).as(history.toString()).isEqualTo("""
                bbbb00000002 -> cccc00000003 (head), create payment
                aaaa00000001 -> bbbb00000002, create invoice
                <base> -> aaaa00000001, create account
                """);
    }

    private List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("src/main/java/db/migrations"))) {
            return files.sorted().toList();
        }
    }

    private static void write(Path source, String upgrade, String downgrade) throws IOException {
        String text = Files.readString(source);
        int up = text.indexOf("public void upgrade(Operations op) {") + "public void upgrade(Operations op) {".length();
        text = text.substring(0, up) + "\n        " + upgrade + text.substring(up);
        int down = text.indexOf("public void downgrade(Operations op) {")
                + "public void downgrade(Operations op) {".length();
        text = text.substring(0, down) + "\n        " + downgrade + text.substring(down);
        Files.writeString(source, text);
    }
}
