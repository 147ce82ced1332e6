package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file migrate writes stays in its folder, whatever {@code --rev-id}, {@code --branch-label}
 * or {@code file_template} say: ids follow the reader's rule (no path separator), and a name that
 * would leave the version folder is refused before anything is written or stamped.
 */
class CliFilesStayInTheirFolderTest {

    @TempDir
    Path root;

    private Path project;
    private Path versions;

    private InProcessCli cli(String fileTemplate) throws Exception {
        project = Files.createDirectories(root.resolve("a/b/project"));
        versions = Files.createDirectories(project.resolve("versions"));
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:versions
                version_locations = versions
                file_template = %s
                """.formatted(fileTemplate));
        return new InProcessCli(project).env("MIGRATE_URL", "jdbc:h2:file:" + project.resolve("db"));
    }

    @Test
    void aRevIdWithPathSeparatorsIsRefusedWithTheReadersRule() throws Exception {
        InProcessCli cli = cli("%(rev)s_%(slug)s");
        Path evil = versions.resolve("../../../tmp/EVIL_x.sql").normalize();

        Result escape = cli.run("revision", "--rev-id", "../../../tmp/EVIL", "-m", "x");
        assertThat(escape.exitCode()).isEqualTo(2);
        assertThat(escape.err())
                .contains("Revision identifier '../../../tmp/EVIL' (--rev-id) contains '/';"
                        + " ids and labels name files, so they cannot hold a path separator");
        assertThat(evil).doesNotExist();

        Result dotted = cli.run("revision", "--rev-id", "x/../y", "-m", "x");
        assertThat(dotted.exitCode()).isEqualTo(2);
        assertThat(dotted.err())
                .contains("Revision identifier 'x/../y' (--rev-id) contains '/'")
                .doesNotContain("Cannot write");
        assertThat(cli.run("revision", "--rev-id", "x\\y", "-m", "x").err()).contains("contains '\\'");

        Result label = cli.run("revision", "--rev-id", "abc", "--branch-label", "a/b", "-m", "x");
        assertThat(label.exitCode()).isEqualTo(2);
        assertThat(label.err()).contains("Branch label 'a/b' (--branch-label) contains '/'");
        assertThat(filesUnder(root)).containsExactlyInAnyOrder("a/b/project/migrate.properties");
    }

    @Test
    void aFileTemplateThatLeavesTheFolderIsRefusedBeforeWriting() throws Exception {
        InProcessCli cli = cli("../../%(rev)s_%(slug)s");

        Result revision = cli.run("revision", "--rev-id", "abc", "-m", "x");
        assertThat(revision.exitCode()).as(revision.toString()).isEqualTo(2);
        assertThat(revision.err())
                .contains("Refusing to write '../../abc_x.sql' (made from file_template"
                        + " '../../%(rev)s_%(slug)s'): a new file must be a plain file name inside "
                        + versions.toRealPath());

        Result subfolder = cli("%(rev)s/%(slug)s").run("revision", "--rev-id", "abc", "-m", "x");
        assertThat(subfolder.exitCode()).isEqualTo(2);
        assertThat(subfolder.err()).contains("Refusing to write 'abc/x.sql'");
        assertThat(filesUnder(root)).containsExactlyInAnyOrder("a/b/project/migrate.properties");
    }

    @Test
    void baselineWithSuchATemplateWritesAndStampsNothing() throws Exception {
        InProcessCli cli = cli("../%(rev)s");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + project.resolve("db"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE account (id INT PRIMARY KEY)");
        }
        Result baseline = cli.run("baseline", "--rev-id", "ba5e", "-m", "existing");
        assertThat(baseline.exitCode()).as(baseline.toString()).isEqualTo(2);
        assertThat(baseline.err()).contains("Refusing to write '../ba5e.sql'");
        assertThat(project.resolve("ba5e.sql")).doesNotExist();
        assertThat(cli.run("current").out()).isEmpty();
    }

    @Test
    void javaClassNamesCannotLeaveTheFolder() throws Exception {
        InProcessCli cli = cli("../../%(rev)s");
        Result revision = cli.run("-x", "revision_format=java", "revision", "--rev-id", "abc", "-m", "x");
        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        assertThat(filesUnder(root))
                .containsExactlyInAnyOrder("a/b/project/migrate.properties", "a/b/project/versions/R______abc.java");
    }

    private List<String> filesUnder(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("db."))
                    .map(f -> folder.relativize(f).toString())
                    .toList();
        }
    }
}
