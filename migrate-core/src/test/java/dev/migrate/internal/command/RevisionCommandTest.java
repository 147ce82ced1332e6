package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.script.SqlRevisionParser;
import dev.migrate.internal.script.graph.RevisionNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private LocalDateTime now = LocalDateTime.of(2026, 1, 2, 3, 4, 5);

    @Test
    void theFirstRevisionIsABaseAndTheNextOneIsBasedOnIt() throws Exception {
        RevisionCommand command = command(RevisionFormat.SQL);
        Path first = command.revision(RevisionRequest.of("create account table"));
        Path second = command.revision(RevisionRequest.of("add email"));

        String firstText = Files.readString(first);
        String firstId = header(firstText, "revision");
        assertThat(firstId).matches("[0-9a-f]{12}");
        assertThat(header(firstText, "down_revision")).isEmpty();
        assertThat(header(Files.readString(second), "down_revision")).isEqualTo(firstId);
        assertThat(first.getFileName().toString())
                .isEqualTo("2026_01_02_030405_" + firstId + "_create_account_table.sql");
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Generating " + first.toAbsolutePath() + " ...  done");
        // the loader reads what revision writes
        assertThat(SqlRevisionParser.parse(second.toString(), Files.readAllBytes(second))
                        .node())
                .isEqualTo(new RevisionNode(
                        header(Files.readString(second), "revision"),
                        List.of(firstId),
                        Set.of(),
                        List.of(),
                        "add email"));
    }

    @Test
    void withoutAMessageTheSlugIsEmptyAndTheMessageIsEmptyMessageAsInAlembic() throws Exception {
        // Alembic 1.8.1, `alembic revision --rev-id bbbb00000002` with file_template %(rev)s_%(slug)s, wrote
        // bbbb00000002_.py with the docstring "empty message"
        RevisionCommand alembicNames = new RevisionCommand(
                new RevisionFileSettings(
                        null,
                        List.of(folder.resolve("versions")),
                        RevisionFormat.SQL,
                        "db.migrations",
                        new FileNameTemplate("%(rev)s_%(slug)s", 40)),
                files -> RevisionCommand.graphOf(files),
                () -> now,
                console());
        Path file = alembicNames.revision(new RevisionRequest(null, null, false, null, null, "bbbb00000002", null));
        assertThat(file.getFileName().toString()).isEqualTo("bbbb00000002_.sql");
        assertThat(header(Files.readString(file), "message")).isEqualTo("empty message");

        Path java = command(RevisionFormat.JAVA)
                .revision(new RevisionRequest(null, null, false, null, null, "cccc00000003", null));
        assertThat(java.getFileName().toString()).isEqualTo("R2026_01_02_030405_cccc00000003_.java");
        assertThat(Files.readString(java)).contains("message = \"empty message\"");
    }

    @Test
    void filesSortInTheOrderTheyWereCreated() {
        RevisionCommand command = command(RevisionFormat.SQL);
        Path first = command.revision(new RevisionRequest("one", null, false, null, null, "ffffffffffff", null));
        now = now.plusSeconds(1);
        Path second = command.revision(new RevisionRequest("two", null, false, null, null, "000000000000", null));
        assertThat(first.getFileName().toString())
                .isLessThan(second.getFileName().toString());
    }

    @Test
    void aSecondRevisionWithinTheSameSecondStillSortsLast() {
        RevisionCommand command = command(RevisionFormat.SQL);
        Path first = command.revision(new RevisionRequest("one", null, false, null, null, "ffffffffffff", null));
        Path second = command.revision(new RevisionRequest("two", null, false, null, null, "000000000000", null));
        Path third = command.revision(new RevisionRequest("three", null, false, null, null, "111111111111", null));
        assertThat(List.of(first, second, third)).isSorted();
        assertThat(second.getFileName().toString()).startsWith("2026_01_02_030406_");
    }

    @Test
    void severalHeadsWithoutHeadIsAlembicsError() {
        RevisionCommand command = command(RevisionFormat.SQL);
        command.revision(request("a", null, "aaaaaaaaaaaa", List.of()));
        command.revision(
                new RevisionRequest("b", List.of("base"), false, List.of("other"), null, "bbbbbbbbbbbb", null));
        assertThatThrownBy(() -> command.revision(RevisionRequest.of("c")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Multiple heads are present; please specify the head revision on which the new revision "
                        + "should be based, or perform a merge.");
        Path onOther = command.revision(
                new RevisionRequest("c", List.of("other@head"), false, null, null, "cccccccccccc", null));
        assertThat(readBack(onOther).downRevisions()).containsExactly("bbbbbbbbbbbb");
    }

    @Test
    void aParentThatIsNotAHeadNeedsSplice() {
        RevisionCommand command = command(RevisionFormat.SQL);
        command.revision(request("a", null, "aaaaaaaaaaaa", List.of()));
        command.revision(request("b", null, "bbbbbbbbbbbb", List.of()));
        assertThatThrownBy(() -> command.revision(request("c", "aaaa", null, List.of())))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Revision aaaaaaaaaaaa is not a head revision; please specify --splice to create a new "
                        + "branch from this revision");
        Path spliced = command.revision(new RevisionRequest("c", List.of("aaaa"), true, null, null, null, null));
        assertThat(readBack(spliced).downRevisions()).containsExactly("aaaaaaaaaaaa");
    }

    @Test
    void dependenciesAreResolvedToFullIdsAndLabelsKept() {
        RevisionCommand command = command(RevisionFormat.SQL);
        command.revision(new RevisionRequest("a", null, false, List.of("billing"), null, "aaaaaaaaaaaa", null));
        command.revision(new RevisionRequest("b", List.of("base"), false, null, null, "bbbbbbbbbbbb", null));
        Path c = command.revision(
                new RevisionRequest("c", List.of("bbbb"), false, null, List.of("aaaa", "billing"), null, null));
        assertThat(readBack(c).dependsOn()).containsExactly("aaaaaaaaaaaa", "billing");
        assertThatThrownBy(() -> command.revision(
                        new RevisionRequest("d", List.of("heads"), false, null, List.of("zzzz"), null, null)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("Can't locate revision identified by 'zzzz'");
    }

    @Test
    void refusesBadAndDuplicateRevisionIdsAndUsedLabels() {
        RevisionCommand command = command(RevisionFormat.SQL);
        assertThatThrownBy(() -> command.revision(request("a", null, "a-b@c", List.of())))
                .hasMessage("Character(s) '-, @' not allowed in revision identifier 'a-b@c'");
        assertThatThrownBy(() -> command.revision(request("a", null, "heads", List.of())))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'heads' is a word targets use by itself");
        command.revision(new RevisionRequest("a", null, false, List.of("billing"), null, "aaaaaaaaaaaa", null));
        assertThatThrownBy(() -> command.revision(request("again", null, "aaaaaaaaaaaa", List.of())))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("aaaaaaaaaaaa already exists");
        assertThatThrownBy(() -> command.revision(
                        new RevisionRequest("b", null, false, List.of("billing"), null, "bbbbbbbbbbbb", null)))
                .hasMessage("Branch name 'billing' in revision bbbbbbbbbbbb already used by revision aaaaaaaaaaaa");
    }

    @Test
    void mergeTakesTheHeadsAsParents() {
        RevisionCommand command = command(RevisionFormat.SQL);
        command.revision(request("a", null, "aaaaaaaaaaaa", List.of()));
        command.revision(new RevisionRequest("b", List.of("base"), false, null, null, "bbbbbbbbbbbb", null));
        Path merge = command.merge(List.of("heads"), "merge a and b", List.of(), null);
        assertThat(readBack(merge).downRevisions()).containsExactlyInAnyOrder("aaaaaaaaaaaa", "bbbbbbbbbbbb");
        assertThat(readBack(merge).message()).isEqualTo("merge a and b");
    }

    @Test
    void aJavaRevisionCompilesAndCarriesItsPlaceInTheGraph() throws Exception {
        RevisionCommand command = command(RevisionFormat.JAVA);
        command.revision(new RevisionRequest("create users", null, false, List.of("core"), null, "aaaaaaaaaaaa", null));
        command.revision(new RevisionRequest("other root", List.of("base"), false, null, null, "bbbbbbbbbbbb", null));
        Path merge =
                command.merge(List.of("aaaa", "bbbb"), "merge \"quoted\" */ and \\ back", List.of(), "cccccccccccc");

        String className = merge.getFileName().toString().replace(".java", "");
        assertThat(className).isEqualTo("R2026_01_02_030405_cccccccccccc_merge_quoted_and_back");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createDirectories(folder.resolve("classes"));
        int result = compiler.run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                merge.toString());
        assertThat(result).isZero();
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> type = loader.loadClass("db.migrations." + className);
            assertThat(Migration.class).isAssignableFrom(type);
            Revision revision = type.getAnnotation(Revision.class);
            assertThat(revision.id()).isEqualTo("cccccccccccc");
            assertThat(revision.down()).containsExactly("aaaaaaaaaaaa", "bbbbbbbbbbbb");
            assertThat(revision.message()).isEqualTo("merge \"quoted\" */ and \\ back");
        }
        assertThat(readBack(merge).message()).isEqualTo("merge \"quoted\" */ and \\ back");
    }

    @Test
    void anEditedTemplateInTheScriptLocationIsUsed() throws Exception {
        Path scripts = Files.createDirectories(folder.resolve("scripts"));
        Files.writeString(
                scripts.resolve("script.sql.template"),
                "-- revision: ${up_revision}\n-- down_revision: ${down_revision}\n-- message: ${message}\n"
                        + "-- migrate:upgrade\n-- team rule: $${not a value}\n-- migrate:downgrade\n");
        RevisionCommand command = new RevisionCommand(
                new RevisionFileSettings(
                        scripts,
                        List.of(folder.resolve("v")),
                        RevisionFormat.SQL,
                        "db.migrations",
                        FileNameTemplate.defaults()),
                console());
        Path file = command.revision(RevisionRequest.of("x"));
        assertThat(Files.readString(file)).contains("-- team rule: ${not a value}");

        Files.writeString(scripts.resolve("script.sql.template"), "-- revision: ${revison}\n");
        assertThatThrownBy(() -> command.revision(RevisionRequest.of("y")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(scripts.resolve("script.sql.template").toString())
                .hasMessageContaining("${revison}");
    }

    @Test
    void severalVersionLocationsNeedVersionPathForABase() {
        Path one = folder.resolve("one");
        Path two = folder.resolve("two");
        RevisionCommand command = new RevisionCommand(
                new RevisionFileSettings(
                        null, List.of(one, two), RevisionFormat.SQL, "db.migrations", FileNameTemplate.defaults()),
                files -> RevisionCommand.graphOf(files),
                () -> now,
                console());
        assertThatThrownBy(() -> command.revision(RevisionRequest.of("a")))
                .hasMessage("Multiple version locations present, please specify --version-path");
        Path base = command.revision(new RevisionRequest("a", null, false, null, null, null, two.toString()));
        assertThat(base.getParent()).isEqualTo(two);
        assertThat(command.revision(RevisionRequest.of("b")).getParent()).isEqualTo(two);
        assertThatThrownBy(() -> command.revision(new RevisionRequest(
                        "c",
                        null,
                        false,
                        null,
                        null,
                        null,
                        folder.resolve("three").toString())))
                .hasMessageContaining("is not represented in current version locations");
    }

    private RevisionRequest request(String message, String head, String revId, List<String> dependsOn) {
        return new RevisionRequest(message, head == null ? null : List.of(head), false, null, dependsOn, revId, null);
    }

    private RevisionCommand command(RevisionFormat format) {
        return new RevisionCommand(
                new RevisionFileSettings(
                        null,
                        List.of(folder.resolve("versions")),
                        format,
                        "db.migrations",
                        FileNameTemplate.defaults()),
                files -> RevisionCommand.graphOf(files),
                () -> now,
                console());
    }

    private Console console() {
        return new Console(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false);
    }

    private static dev.migrate.internal.script.graph.RevisionNode readBack(Path file) {
        return RevisionFileReader.read(List.of(file.getParent())).stream()
                .filter(f -> f.path().equals(file))
                .findFirst()
                .orElseThrow()
                .node();
    }

    private static String header(String sql, String key) {
        return sql.lines()
                .filter(l -> l.startsWith("-- " + key + ":"))
                .findFirst()
                .orElseThrow()
                .substring(("-- " + key + ":").length())
                .strip();
    }
}
