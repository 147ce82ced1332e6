package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import dev.migrate.internal.autogenerate.RevisionFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final InitCommand init =
            new InitCommand(new Console(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false));

    @Test
    void createsTheFolderTheTemplatesAndAConfigurationWithAPlaceholderUrl() throws Exception {
        init.init(project.resolve("migrations"), RevisionFormat.SQL, project.resolve("migrate.properties"));

        assertThat(project.resolve("migrations/versions")).isDirectory();
        assertThat(project.resolve("migrations/script.sql.template")).content().contains("${up_revision}");
        assertThat(project.resolve("migrations/script.java.template")).content().contains("${annotation}");
        String config = Files.readString(project.resolve("migrate.properties"));
        assertThat(config)
                .contains("url = " + InitCommand.URL_PLACEHOLDER)
                .contains("MIGRATE_URL")
                .contains("locations = filesystem:migrations/versions")
                .contains("version_locations = migrations/versions")
                .contains("revision_format = sql");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "Creating directory " + project.resolve("migrations") + " ...  done",
                        "Generating " + project.resolve("migrate.properties") + " ...  done",
                        "Please edit configuration/connection settings in " + project.resolve("migrate.properties")
                                + " before proceeding.");
    }

    @Test
    void theJavaTemplateConfiguresCompiledRevisions() throws Exception {
        init.init(project.resolve("migrations"), RevisionFormat.JAVA, project.resolve("migrate.properties"));
        String config = Files.readString(project.resolve("migrate.properties"));
        assertThat(config)
                .contains(
                        "revision_format = java",
                        "revision_package = db.migrations",
                        "locations = classpath:db/migrations",
                        "classpath = target/classes",
                        "version_locations = src/main/java/db/migrations");
    }

    @Test
    void refusesAFolderThatIsNotEmptyAsAlembicDoes() throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/keep.txt"), "x");
        assertThatThrownBy(() -> init.init(
                        project.resolve("migrations"), RevisionFormat.SQL, project.resolve("migrate.properties")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Directory " + project.resolve("migrations") + " already exists and is not empty");
        assertThat(project.resolve("migrate.properties")).doesNotExist();
    }

    @Test
    void keepsAnExistingConfiguration() throws Exception {
        Files.writeString(project.resolve("migrate.properties"), "url = mine\n");
        Files.createDirectories(project.resolve("migrations"));
        init.init(project.resolve("migrations"), RevisionFormat.SQL, project.resolve("migrate.properties"));
        assertThat(project.resolve("migrate.properties")).hasContent("url = mine");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("File " + project.resolve("migrate.properties") + " already exists, skipping");
    }

    @Test
    void listsTheTemplatesAsAlembicDoes() {
        init.listTemplates("migrate");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("""
                Available templates:

                java - %s
                sql - %s

                Templates are used via the 'init' command, e.g.:

                  migrate init --template sql ./migrations
                """.formatted(RevisionFormat.JAVA.synopsis(), RevisionFormat.SQL.synopsis()));
    }
}
