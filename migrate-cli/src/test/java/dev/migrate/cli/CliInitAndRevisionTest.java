package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, list_templates, revision and merge as a user runs them. */
class CliInitAndRevisionTest {

    @TempDir
    Path project;

    @Test
    void listTemplatesPrintsAlembicsLayout() {
        Result result = CliProcess.fromClassPath(project).run("list_templates");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("Available templates:\n\njava - ")
                .contains("\nsql - ")
                .endsWith(
                        "Templates are used via the 'init' command, e.g.:\n\n  migrate init --template sql ./migrations\n");
    }

    @Test
    void initThenRevisionsBuildAChain() throws IOException {
        ProgramProcess cli = CliProcess.fromClassPath(project);
        Result init = cli.run("init", "migrations");
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out())
                .contains("Generating " + project.resolve("migrate.properties").toRealPath() + " ...  done");
        assertThat(project.resolve("migrations/script.sql.template")).exists();

        Result first = cli.run("revision", "-m", "create account table");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Result second = cli.run("revision", "-m", "add email", "--rev-id", "ae1027a6acf0");
        assertThat(second.exitCode()).as(second.toString()).isZero();

        List<Path> files = revisionFiles(project.resolve("migrations/versions"));
        assertThat(files).hasSize(2);
        String firstId = header(files.get(0), "revision");
        assertThat(files.get(0).getFileName().toString()).endsWith("_" + firstId + "_create_account_table.sql");
        assertThat(header(files.get(1), "revision")).isEqualTo("ae1027a6acf0");
        assertThat(header(files.get(1), "down_revision")).isEqualTo(firstId);
        assertThat(second.out()).isEqualTo("Generating " + files.get(1).toRealPath() + " ...  done\n");
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/x.sql"), "");
        Result result = CliProcess.fromClassPath(project).run("init", "migrations");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("FAILED: Directory ").contains("already exists and is not empty");
        assertThat(project.resolve("migrate.properties")).doesNotExist();
    }

    @Test
    void quietSilencesTheMessages() {
        Result result = CliProcess.fromClassPath(project).run("-q", "init", "--template", "java", "migrations");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(project.resolve("migrate.properties")).content().contains("revision_format = java");
    }

    @Test
    void aJavaRevisionGoesToTheSourceFolderWithAValidClassName() throws IOException {
        ProgramProcess cli = CliProcess.fromClassPath(project);
        assertThat(cli.run("init", "-t", "java", "migrations").exitCode()).isZero();
        Result result = cli.run("revision", "-m", "1st: create users!");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<Path> files = revisionFiles(project.resolve("src/main/java/db/migrations"));
        assertThat(files).hasSize(1);
        String className = files.get(0).getFileName().toString().replace(".java", "");
        assertThat(className).matches("R\\d{4}_\\d\\d_\\d\\d_\\d{6}_[0-9a-f]{12}_1st_create_users");
        assertThat(files.get(0))
                .content()
                .contains("package db.migrations;", "public class " + className + " implements Migration");
    }

    @Test
    void aNewJavaProjectHasAnEmptyHistoryUntilItsFirstRevisionIsWritten() throws IOException {
        ProgramProcess cli =
                CliProcess.fromClassPath(project).env("MIGRATE_URL", "jdbc:h2:file:" + project.resolve("db"));
        assertThat(cli.run("init", "-t", "java", "migrations").exitCode()).isZero();

        Result current = cli.run("current");
        assertThat(current.exitCode())
                .as("nothing is compiled yet, and nothing is written: " + current)
                .isZero();
        assertThat(current.out()).isEmpty();
        Result history = cli.run("history");
        assertThat(history.exitCode()).as(history.toString()).isZero();

        assertThat(cli.run("revision", "-m", "first").exitCode()).isZero();
        Result uncompiled = cli.run("current");
        assertThat(uncompiled.exitCode())
                .as("a written revision must be compiled to be read: " + uncompiled)
                .isEqualTo(2);
        assertThat(uncompiled.err()).contains("Location 'classpath:db/migrations' does not exist");
    }

    @Test
    void severalHeadsNeedHeadOrMerge() throws IOException {
        ProgramProcess cli = CliProcess.fromClassPath(project);
        cli.run("init", "migrations");
        cli.run("revision", "-m", "a", "--rev-id", "aaaaaaaaaaaa");
        cli.run("revision", "-m", "b", "--head", "base", "--branch-label", "other", "--rev-id", "bbbbbbbbbbbb");
        Result refused = cli.run("revision", "-m", "c");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .isEqualTo("FAILED: Multiple heads are present; please specify the head revision on "
                        + "which the new revision should be based, or perform a merge.\n");

        Result merged = cli.run("merge", "-m", "merge a and b", "--rev-id", "cccccccccccc", "heads");
        assertThat(merged.exitCode()).as(merged.toString()).isZero();
        Path merge = revisionFiles(project.resolve("migrations/versions")).stream()
                .filter(p -> p.toString().contains("cccccccccccc"))
                .findFirst()
                .orElseThrow();
        assertThat(header(merge, "down_revision")).isIn("aaaaaaaaaaaa, bbbbbbbbbbbb", "bbbbbbbbbbbb, aaaaaaaaaaaa");

        Result dependent = cli.run("revision", "-m", "d", "--depends-on", "aaaa", "--depends-on", "other");
        assertThat(dependent.exitCode()).as(dependent.toString()).isZero();
        Path d = revisionFiles(project.resolve("migrations/versions")).stream()
                .filter(p -> p.toString().endsWith("_d.sql"))
                .findFirst()
                .orElseThrow();
        assertThat(header(d, "down_revision")).isEqualTo("cccccccccccc");
        assertThat(header(d, "depends_on")).isEqualTo("aaaaaaaaaaaa, other");
    }

    private static List<Path> revisionFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String header(Path file, String key) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(l -> l.startsWith("-- " + key + ":"))
                .findFirst()
                .orElseThrow()
                .substring(("-- " + key + ":").length())
                .strip();
    }
}
