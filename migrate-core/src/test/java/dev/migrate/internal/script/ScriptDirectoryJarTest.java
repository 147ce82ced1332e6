package dev.migrate.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.launch.LaunchedClassLoader;
import org.springframework.boot.loader.net.protocol.Handlers;
import org.springframework.boot.loader.net.protocol.jar.JarUrl;

/** Revisions packed in jars, as applications ship them: plain jars and Spring Boot's jars inside a jar. */
class ScriptDirectoryJarTest {

    private static final String JAVA_REVISION = """
            package %s;

            import dev.migrate.Migration;
            import dev.migrate.Revision;
            import dev.migrate.ops.Operations;

            @Revision(id = "%s", down = "%s", message = "from a jar")
            public class %s implements Migration {
                public void upgrade(Operations op) { op.execute("CREATE TABLE from_jar (id INT)"); }
                public void downgrade(Operations op) { op.execute("DROP TABLE from_jar"); }
            }
            """;

    private static byte[] sql(String id, String down, String statement) {
        return ("-- revision: " + id + "\n-- down_revision: " + down + "\n-- migrate:upgrade\n" + statement
                        + "\n-- migrate:downgrade\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] javaRevision(Path work, String packageName, String simpleName, String id, String down)
            throws Exception {
        return TestJars.compile(
                work, packageName + "." + simpleName, JAVA_REVISION.formatted(packageName, id, down, simpleName));
    }

    @Test
    void readsSqlFilesAndJavaClassesFromAJar(@TempDir Path dir) throws Exception {
        byte[] javaClass = javaRevision(dir, "jarred.migrations", "J3_FromJar", "jar3", "jar2");
        Path jar = TestJars.write(
                dir.resolve("app.jar"),
                Map.of(
                        "jarred/migrations/jar1.sql", sql("jar1", "", "CREATE TABLE one (id INT);"),
                        "jarred/migrations/later/jar2.sql", sql("jar2", "jar1", "CREATE TABLE two (id INT);"),
                        "jarred/migrations/README.txt", "not a revision".getBytes(StandardCharsets.UTF_8),
                        "jarred/migrations/J3_FromJar.class", javaClass),
                false);

        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            List<RevisionScript> scripts = ScriptDirectory.load(List.of("classpath:jarred/migrations"), loader);

            assertThat(scripts)
                    .extracting(RevisionScript::source)
                    .containsExactly(
                            "jarred/migrations/jar1.sql",
                            "jarred/migrations/later/jar2.sql",
                            "jarred.migrations.J3_FromJar");
            assertThat(scripts.get(2).node().downRevisions()).containsExactly("jar2");
            RecordingOperations op = new RecordingOperations("h2");
            scripts.get(1).migration().upgrade(op);
            scripts.get(2).migration().upgrade(op);
            assertThat(op.executed).containsExactly("CREATE TABLE two (id INT)", "CREATE TABLE from_jar (id INT)");

            assertThat(new JavaRevisionScanner(loader).scan("jarred.migrations"))
                    .extracting(RevisionScript::id)
                    .containsExactly("jar3");
        }
    }

    @Test
    void readsAResourceThatTwoJarsHoldAlikeOnceAndRejectsOneThatDiffers(@TempDir Path dir) throws Exception {
        byte[] same = sql("twice", "", "SELECT 1;");
        Path first = TestJars.write(dir.resolve("first.jar"), Map.of("dup/migrations/a.sql", same), false);
        Path copy = TestJars.write(dir.resolve("copy.jar"), Map.of("dup/migrations/a.sql", same), false);
        Path other = TestJars.write(
                dir.resolve("other.jar"), Map.of("dup/migrations/a.sql", sql("twice", "", "SELECT 2;")), false);

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {first.toUri().toURL(), copy.toUri().toURL()},
                getClass().getClassLoader())) {
            assertThat(ScriptDirectory.load(List.of("classpath:dup/migrations"), loader))
                    .extracting(RevisionScript::id)
                    .containsExactly("twice");
        }
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {first.toUri().toURL(), other.toUri().toURL()},
                getClass().getClassLoader())) {
            assertThatThrownBy(() -> ScriptDirectory.load(List.of("classpath:dup/migrations"), loader))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("dup/migrations/a.sql is on the class path twice with different content, in " + first
                            + " and in " + other + ". Remove one of them");
        }
    }

    @Test
    void readsRevisionsFromASpringBootExecutableJar(@TempDir Path dir) throws Exception {
        Path library = TestJars.write(
                dir.resolve("lib.jar"),
                Map.of("boot/migrations/shared/boot3.sql", sql("boot3", "boot2", "CREATE TABLE three (id INT);")),
                true);
        Path app = TestJars.write(
                dir.resolve("app.jar"),
                Map.of(
                        "BOOT-INF/classes/boot/migrations/boot1.sql", sql("boot1", "", "CREATE TABLE one (id INT);"),
                        "BOOT-INF/classes/boot/migrations/B2_Java.class",
                                javaRevision(dir, "boot.migrations", "B2_Java", "boot2", "boot1"),
                        "BOOT-INF/lib/lib.jar", Files.readAllBytes(library)),
                true);

        Handlers.register();
        URL[] urls = {
            JarUrl.create(app.toFile(), "BOOT-INF/classes/"), JarUrl.create(app.toFile(), "BOOT-INF/lib/lib.jar")
        };
        try (LaunchedClassLoader loader =
                new LaunchedClassLoader(false, urls, getClass().getClassLoader())) {
            List<RevisionScript> scripts = ScriptDirectory.load(List.of("classpath:boot/migrations"), loader);

            assertThat(scripts)
                    .extracting(RevisionScript::source)
                    .containsExactly(
                            "boot/migrations/boot1.sql", "boot/migrations/shared/boot3.sql", "boot.migrations.B2_Java");
            RecordingOperations op = new RecordingOperations("postgresql");
            scripts.get(1).migration().upgrade(op);
            scripts.get(2).migration().upgrade(op);
            assertThat(op.executed).containsExactly("CREATE TABLE three (id INT)", "CREATE TABLE from_jar (id INT)");
        }
    }
}
