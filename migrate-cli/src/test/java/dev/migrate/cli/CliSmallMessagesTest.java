package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in how migrate is called get a message that names the mistake. */
class CliSmallMessagesTest {

    @TempDir
    Path project;

    @Test
    void aConfigFileThatIsAFolderIsNamedAsOne() throws Exception {
        Path folder = Files.createDirectories(project.resolve("conf"));
        Result result = new InProcessCli(project).run("-c", "conf", "heads");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("Configuration file " + folder + " is a directory; give the file itself, e.g. -c "
                        + folder.resolve("migrate.properties"))
                .doesNotContain("does not exist");

        Result fromEnvironment =
                new InProcessCli(project).env("MIGRATE_CONFIG", "conf").run("heads");
        assertThat(fromEnvironment.exitCode()).isEqualTo(2);
        assertThat(fromEnvironment.err()).contains("is a directory; give the file itself, e.g. MIGRATE_CONFIG=");
    }

    @Test
    void aBadDashXValueBlamesTheOptionNotAFileThatDoesNotExist() {
        Result result =
                new InProcessCli(project).env("MIGRATE_URL", "jdbc:h2:mem:x").run("-x", "lock_timeout=soon", "heads");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("lock_timeout = soon given by -x is not valid; expected a duration")
                .doesNotContain("migrate.properties");
    }

    @Test
    void aBadValueInTheFileNamesTheFile() throws Exception {
        Files.writeString(project.resolve("migrate.properties"), "lock_timeout = soon\n");
        Result result =
                new InProcessCli(project).env("MIGRATE_URL", "jdbc:h2:mem:x").run("heads");
        assertThat(result.err())
                .contains("lock_timeout = soon in " + project.resolve("migrate.properties") + " is not valid");
    }
}
