package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.AlembicGolden;
import dev.migrate.testing.ProgramProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edit REV} opens the revision's file in the editor EDITOR (else VISUAL) names; here the
 * editor is a script that records the arguments it was started with.
 */
class CliEditTest {

    @TempDir
    Path project;

    private Path editor;
    private Path calls;

    @BeforeEach
    void projectAndRecordingEditor() throws IOException {
        calls = project.resolve("editor-calls.txt");
        editor = project.resolve("record-editor.sh");
        Files.writeString(editor, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void opensTheFileOfTheRevisionAHeadOrAPrefixNames() throws IOException {
        InProcessCli cli = sqlProject().env("EDITOR", editor.toString());

        assertThat(cli.run("edit", "head").exitCode()).isZero();
        assertThat(cli.run("edit", "aaaa").exitCode()).isZero();
        Result both = cli.run("edit", "bbbb00000002");

        assertThat(both.exitCode()).as(both.toString()).isZero();
        assertThat(both.out()).isEmpty();
        assertThat(Files.readAllLines(calls))
                .containsExactly(file("bbbb00000002"), file("aaaa00000001"), file("bbbb00000002"));
    }

    @Test
    void headsOpensEachHeadAndOptionsInTheVariableArePassedOn() throws IOException {
        sqlProject();
        Files.writeString(project.resolve("versions/cccc00000003.sql"), revision("cccc00000003", ""));
        InProcessCli cli = new InProcessCli(project).env("EDITOR", editor + " --wait");

        Result heads = cli.run("edit", "heads");

        assertThat(heads.exitCode()).as(heads.toString()).isZero();
        assertThat(Files.readAllLines(calls))
                .containsExactly("--wait " + file("bbbb00000002"), "--wait " + file("cccc00000003"));
    }

    @Test
    void editorComesBeforeVisualAsInAlembic() throws IOException {
        sqlProject();
        Path other = Files.writeString(project.resolve("other.sh"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwx------"));

        assertThat(new InProcessCli(project)
                        .env("VISUAL", editor.toString())
                        .run("edit", "aaaa")
                        .exitCode())
                .isZero();
        assertThat(new InProcessCli(project)
                        .env("VISUAL", other.toString())
                        .env("EDITOR", editor.toString())
                        .run("edit", "bbbb")
                        .exitCode())
                .isZero();

        assertThat(Files.readAllLines(calls)).containsExactly(file("aaaa00000001"), file("bbbb00000002"));
    }

    @Test
    void withoutAnEditorOrWithARevisionThatNamesNoFileItSaysWhatToDo() throws IOException {
        InProcessCli noEditor = sqlProject();
        Result missing = noEditor.run("edit", "head");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo("FAILED: No editor: set the EDITOR (or VISUAL) environment variable to "
                        + "the program that edits a file, e.g. EDITOR=vim or EDITOR=\"code --wait\"\n");

        InProcessCli cli = new InProcessCli(project).env("EDITOR", editor.toString());
        Result base = cli.run("edit", "base");
        assertThat(base.exitCode()).isEqualTo(2);
        assertThat(base.err()).isEqualTo(AlembicGolden.alembic("edit-base.txt"));
        Result unknown = cli.run("edit", "zzzz");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo(AlembicGolden.alembic("edit-unknown.txt"));
        assertThat(calls).doesNotExist();
    }

    @Test
    void aFailingEditorIsACommandFailure() throws IOException {
        Path failing = Files.writeString(project.resolve("failing.sh"), "#!/bin/sh\nexit 3\n");
        Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwx------"));
        Result result = sqlProject().env("EDITOR", failing.toString()).run("edit", "head");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("FAILED: Error executing editor (EDITOR=" + failing + " exited with code 3 on "
                        + file("bbbb00000002") + ")\n");
    }

    @Test
    void aJavaRevisionOpensItsSourceBeforeItIsCompiled() throws IOException {
        InProcessCli cli = new InProcessCli(project).env("EDITOR", editor.toString());
        assertThat(cli.run("-q", "init", "--template", "java", "migrations").exitCode())
                .isZero();
        assertThat(cli.run("-q", "revision", "-m", "create account", "--rev-id", "aaaa00000001")
                        .exitCode())
                .isZero();

        Result edit = cli.run("edit", "head");

        assertThat(edit.exitCode()).as(edit.toString()).isZero();
        List<String> opened = Files.readAllLines(calls);
        assertThat(opened).singleElement().satisfies(path -> assertThat(path)
                .startsWith(project.resolve("src/main/java/db/migrations").toString())
                .endsWith("_aaaa00000001_create_account.java"));
    }

    @Test
    void currentOpensTheDatabasesRevision() throws IOException {
        InProcessCli cli = sqlProject()
                .env("EDITOR", editor.toString())
                .env("MIGRATE_URL", "jdbc:h2:file:" + project.resolve("db"));
        Result none = cli.run("edit", "current");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("FAILED: No current revisions\n");

        assertThat(cli.run("-q", "stamp", "aaaa00000001").exitCode()).isZero();
        assertThat(cli.run("edit", "current").exitCode()).isZero();
        assertThat(Files.readAllLines(calls)).containsExactly(file("aaaa00000001"));
    }

    private InProcessCli sqlProject() throws IOException {
        Path versions = Files.createDirectories(project.resolve("versions"));
        Files.writeString(
                project.resolve("migrate.properties"),
                "locations = filesystem:versions\nversion_locations = versions\n");
        Files.writeString(versions.resolve("aaaa00000001.sql"), revision("aaaa00000001", ""));
        Files.writeString(versions.resolve("bbbb00000002.sql"), revision("bbbb00000002", "aaaa00000001"));
        return new InProcessCli(project);
    }

    private String file(String id) {
        return project.resolve("versions/" + id + ".sql").toString();
    }

    private static String revision(String id, String down) {
        return "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: " + id
                + "\n-- migrate:upgrade\n-- migrate:downgrade\n";
    }
}
