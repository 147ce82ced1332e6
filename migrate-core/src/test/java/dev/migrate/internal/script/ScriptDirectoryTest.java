package dev.migrate.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import dev.migrate.MigrateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {

    private static final String VALID_JAVA = "classpath:dev/migrate/internal/script/fixtures/valid";

    private final ClassLoader classLoader = getClass().getClassLoader();

    private List<RevisionScript> load(String... locations) {
        return ScriptDirectory.load(List.of(locations), classLoader);
    }

    @Test
    void loadsSqlFilesAndJavaClassesIntoOneListInADeterministicOrder() {
        List<RevisionScript> scripts = load("classpath:scripts/valid", VALID_JAVA);

        assertThat(scripts)
                .extracting(RevisionScript::source)
                .containsExactly(
                        "scripts/valid/nested/s2_add_email.sql",
                        "scripts/valid/s1_create_users.sql",
                        "dev.migrate.internal.script.fixtures.valid.Holder$R3_Nested",
                        "dev.migrate.internal.script.fixtures.valid.R1_CreateAccounts",
                        "dev.migrate.internal.script.fixtures.valid.sub.R2_Subpackage");
        assertThat(scripts).extracting(RevisionScript::id).containsExactly("s2", "s1", "j3", "j1", "j2");
        assertThat(scripts)
                .extracting(RevisionScript::kind)
                .containsExactly(
                        RevisionScript.Kind.SQL,
                        RevisionScript.Kind.SQL,
                        RevisionScript.Kind.JAVA,
                        RevisionScript.Kind.JAVA,
                        RevisionScript.Kind.JAVA);
        assertThat(load("classpath:scripts/valid", VALID_JAVA))
                .extracting(RevisionScript::source)
                .isEqualTo(scripts.stream().map(RevisionScript::source).toList());
    }

    @Test
    void runsTheStatementsOfAClasspathSqlFile() {
        RevisionScript s1 = load("classpath:scripts/valid").get(1);
        RecordingOperations op = new RecordingOperations("postgresql");
        s1.migration().upgrade(op);
        assertThat(op.executed)
                .containsExactly(
                        "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100))",
                        "INSERT INTO users VALUES (1, 'semi;colon')");
    }

    @Test
    void readsABarePathAsAClasspathLocationAndFindsAScriptOnlyOnceWhenLocationsOverlap() {
        assertThat(load("scripts/valid", "classpath:scripts/valid/nested", "classpath:/scripts/valid/"))
                .extracting(RevisionScript::id)
                .containsExactly("s2", "s1");
    }

    @Test
    void searchesTheClassLoaderThatLoadedMigrateWhenGivenNone() {
        assertThat(ScriptDirectory.load(List.of("classpath:scripts/valid"), null))
                .extracting(RevisionScript::id)
                .containsExactly("s2", "s1");
    }

    @Test
    void rejectsAClasspathLocationThatDoesNotExist() {
        assertThatThrownBy(() -> load("classpath:db/nowhere"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Location 'classpath:db/nowhere' does not exist: no directory 'db/nowhere' is on the class"
                        + " path. Put the revisions there (for example in src/main/resources/db/nowhere; a build"
                        + " copies no empty folder) or fix the 'locations' setting");
    }

    @Test
    void readsTheDefaultLocationAsAnEmptyHistoryUntilItExists() {
        assertThat(classLoader.getResource("db/migrations"))
                .as("the core's tests have no db/migrations")
                .isNull();
        assertThat(load("classpath:db/migrations")).isEmpty();
        assertThat(load("db/migrations/", "classpath:scripts/valid"))
                .extracting(RevisionScript::id)
                .containsExactly("s2", "s1");
    }

    @Test
    void rejectsNoLocationsAndABadPrefix() {
        assertThatThrownBy(() -> ScriptDirectory.load(List.of(), classLoader))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("The 'locations' setting is empty.");
        assertThatThrownBy(() -> load("classpath:scripts/valid", "s3:bucket/migrations"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Location 's3:bucket/migrations' has the unknown prefix 's3:'.");
    }

    @Test
    void rejectsAMalformedScriptNamingItsResourceAndLine() {
        assertThatThrownBy(() -> load("classpath:scripts/bad/missing_downgrade"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                        "scripts/bad/missing_downgrade/m1.sql:3: there is no '-- migrate:downgrade' line");
    }

    @Test
    void rejectsAClasspathFileThatIsNotUtf8() {
        assertThatThrownBy(() -> load("classpath:scripts/bad/latin1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "scripts/bad/latin1/l1.sql:2: the file is not valid UTF-8 (byte 0xE9 at offset 31). Save it as UTF-8.");
    }

    @Test
    void rejectsADuplicateIdNamingBothScripts() {
        assertThatThrownBy(() -> load("classpath:scripts/bad/duplicate"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Revision id 'd1' is declared twice: in scripts/bad/duplicate/a.sql and in"
                        + " scripts/bad/duplicate/b.sql. Give one of them a new id");
    }

    @Test
    void rejectsADuplicateIdAcrossASqlFileAndAJavaClass() {
        assertThatThrownBy(() ->
                        load("classpath:scripts/valid", "classpath:dev/migrate/internal/script/fixtures/duplicate"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Revision id 's1' is declared twice: in scripts/valid/s1_create_users.sql and in"
                        + " dev.migrate.internal.script.fixtures.duplicate.SameIdAsSql. Give one of them a new id");
    }

    @Test
    void rejectsABadJavaRevisionInAClasspathLocation() {
        assertThatThrownBy(() -> load("classpath:dev/migrate/internal/script/fixtures/missingrevision"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                        "dev.migrate.internal.script.fixtures.missingrevision.ForgottenAnnotation: implements"
                                + " dev.migrate.Migration but has no @Revision.");
    }

    @Test
    void loadsSqlFilesBelowAFilesystemDirectorySkippingHiddenAndOtherFiles(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("2026/11"));
        Files.writeString(
                dir.resolve("b_root.sql"),
                "-- revision: root\r\n-- migrate:upgrade\r\nSELECT 1;\r\n-- migrate:downgrade\r\n");
        Files.writeString(
                sub.resolve("a_child.SQL"),
                "-- revision: child\n-- down_revision: root\n-- migrate:upgrade\n-- migrate:downgrade\n");
        Files.writeString(dir.resolve("notes.txt"), "not a revision");
        Files.writeString(dir.resolve(".draft.sql"), "not a revision either");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/x.sql"), "nor this");

        List<RevisionScript> scripts = load("filesystem:" + dir);

        assertThat(scripts)
                .extracting(RevisionScript::source)
                .containsExactly(
                        sub.resolve("a_child.SQL").toString(),
                        dir.resolve("b_root.sql").toString());
        assertThat(scripts.get(1).checksum())
                .isEqualTo(SqlRevisionParser.checksum(
                        "-- revision: root\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n"));
    }

    @Test
    void followsSymbolicLinksBelowAFilesystemDirectoryAndRefusesALoop(@TempDir Path dir) throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(
                elsewhere.resolve("linked.sql"), "-- revision: linked\n-- migrate:upgrade\n-- migrate:downgrade\n");
        Path location = Files.createDirectories(dir.resolve("location"));
        Files.createSymbolicLink(location.resolve("shared"), elsewhere);

        assertThat(load("filesystem:" + location))
                .extracting(RevisionScript::source)
                .containsExactly(location.resolve("shared/linked.sql").toString());

        Files.createSymbolicLink(elsewhere.resolve("back"), location);
        assertThatThrownBy(() -> load("filesystem:" + location))
                .isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("Could not read location 'filesystem:" + location + "'");
    }

    @Test
    void rejectsAFilesystemLocationThatDoesNotExistOrIsAFile(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> load("filesystem:" + missing))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Location 'filesystem:" + missing + "' does not exist (" + missing.toAbsolutePath()
                        + "). Create the directory or fix the 'locations' setting");
        Path file = Files.writeString(dir.resolve("file.sql"), "x");
        assertThatThrownBy(() -> load("filesystem:" + file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Location 'filesystem:" + file + "' is a file, not a directory");
    }

    @Test
    void rejectsAFilesystemFileThatIsNotUtf8NamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.sql");
        Files.write(file, "-- revision: a\n-- message: \u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> load("filesystem:" + dir))
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ":2: the file is not valid UTF-8 (byte 0xE9 at offset 27). Save it as UTF-8.");
    }

    @Test
    void rejectsADuplicateIdAcrossLocations(@TempDir Path dir) throws IOException {
        Path copy = Files.writeString(
                dir.resolve("copy.sql"), "-- revision: s2\n-- migrate:upgrade\n-- migrate:downgrade\n");
        assertThatThrownBy(() -> load("classpath:scripts/valid", "filesystem:" + dir))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Revision id 's2' is declared twice: in scripts/valid/nested/s2_add_email.sql and in "
                        + copy + ". Give one of them a new id");
    }
}
