package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.DatabaseClient;
import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Messages are text a user types, and a script migrate writes must not let any of it run: a
 * corpus of hostile messages goes into revisions (through {@code revision -m}, and raw into a
 * hand-written Java revision that {@code revision} never normalised), out through
 * {@code upgrade --sql}, and into {@code psql -v ON_ERROR_STOP=1} and the {@code mariadb} client.
 * Only the revisions' own statements run: the table {@code victim} survives, no shell command
 * runs, and the history holds every message (emoji included, through MariaDB's default client).
 */
class CliHostileMessagesTest {

    private static final String EMOJI = "emoji \uD83D\uDC18\uD83E\uDDAD stays";

    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB"})
    void hostileMessagesRunNothingButTheRevisions(TestDatabase kind) throws Exception {
        Path pwned = project.resolve("PWNED");
        List<String> corpus = List.of(
                "x\nDROP TABLE victim;",
                "x\rDROP TABLE victim;",
                "x\r\nDROP TABLE victim; -- ",
                "x\u2028DROP TABLE victim;\u2029",
                "*/ DROP TABLE victim; /*",
                "nul \0'); DROP TABLE victim; --",
                "back\\'); DROP TABLE victim; -- \\",
                "'; DROP TABLE victim; --",
                EMOJI,
                "$$; DROP TABLE victim; $$",
                "\\g DROP TABLE victim; \\G",
                "x\n\\! touch " + pwned,
                "x\n\\set ON_ERROR_STOP 0\nDROP TABLE victim;",
                ":'x' :x :\"x\"",
                "\\u000a DROP TABLE victim; \\u002a/");
        Path versions = Files.createDirectories(project.resolve("versions"));
        Path javaSources = Files.createDirectories(project.resolve("src/main/java/db/migrations"));
        Files.writeString(project.resolve("migrate.properties"), """
                locations = classpath:db/migrations, filesystem:versions
                classpath = target/classes
                version_locations = versions, src/main/java/db/migrations
                revision_format = sql
                revision_package = db.migrations
                """);
        // A message as a user may write it by hand in Java: raw line breaks, NUL, a closing comment.
        Files.writeString(javaSources.resolve("R0_Hostile.java"), """
                package db.migrations;

                import dev.migrate.Migration;
                import dev.migrate.Revision;
                import dev.migrate.ops.Operations;

                @Revision(id = "hostile0root", message = "java\\nDROP TABLE victim;\\n\\\\! touch %s\\n\\0'); DROP TABLE victim; --\\r*/")
                public class R0_Hostile implements Migration {
                    public void upgrade(Operations op) { op.execute("INSERT INTO applied (n) VALUES (0)"); }
                    public void downgrade(Operations op) { op.execute("DELETE FROM applied WHERE n = 0"); }
                }
                """.formatted(pwned));
        try (ProcessDatabase db = ProcessDatabase.create(kind, null)) {
            db.execute(
                    "CREATE TABLE victim (id INT)",
                    "INSERT INTO victim (id) VALUES (1)",
                    "CREATE TABLE applied (n INT)");
            InProcessCli cli = new InProcessCli(project).env("MIGRATE_URL", db.url());
            // a generated Java revision with a hostile message still compiles
            Result java = cli.run(
                    "-q",
                    "-x",
                    "revision_format=java",
                    "revision",
                    "--version-path",
                    javaSources.toString(),
                    "--rev-id",
                    "hostile0java",
                    "-m",
                    "*/ \\u000a\nDROP TABLE victim; \"\\\" /*");
            assertThat(java.exitCode()).as(java.toString()).isZero();
            Path generatedJava = javaSources.resolve(onlyFileContaining(javaSources, "hostile0java"));
            fillIn(
                    generatedJava,
                    "public void upgrade(Operations op) {",
                    "op.execute(\"INSERT INTO applied (n) VALUES (1)\");");
            Javac.compile(
                    project.resolve("target/classes"), List.of(javaSources.resolve("R0_Hostile.java"), generatedJava));

            for (int i = 0; i < corpus.size(); i++) {
                String id = "hostile%05d".formatted(i + 2);
                Result revision = cli.run(
                        "-q", "revision", "--version-path", versions.toString(), "--rev-id", id, "-m", corpus.get(i));
                assertThat(revision.exitCode()).as(revision.toString()).isZero();
                fillIn(
                        versions.resolve(onlyFileContaining(versions, id)),
                        "-- migrate:upgrade",
                        "INSERT INTO applied (n) VALUES (" + (i + 2) + ");");
            }

            ProgramProcess process = db.cli(project);
            Result offline = process.run("upgrade", "--sql", "base:heads");
            assertThat(offline.exitCode()).as(offline.toString()).isZero();
            Path script = project.resolve("upgrade.sql");
            Files.writeString(script, offline.out());
            DatabaseClient.run(db.scratch(), script);

            assertThat(pwned).as("a shell command in a message ran").doesNotExist();
            try (Connection connection = db.connect();
                    Statement statement = connection.createStatement()) {
                assertThat(count(statement, "SELECT COUNT(*) FROM victim")).isEqualTo(1);
                assertThat(count(statement, "SELECT COUNT(*) FROM applied")).isEqualTo(corpus.size() + 2);
                try (ResultSet message =
                        statement.executeQuery("SELECT message FROM migrate_history WHERE revision = 'hostile%05d'"
                                .formatted(corpus.indexOf(EMOJI) + 2))) {
                    assertThat(message.next()).isTrue();
                    assertThat(message.getString(1)).isEqualTo(EMOJI);
                }
            }
            Result current = process.run("current");
            assertThat(current.out()).isEqualTo("hostile%05d (head)\n".formatted(corpus.size() + 1));
            Result online = process.run("upgrade", "heads");
            assertThat(online.exitCode()).as(online.toString()).isZero();
            assertThat(online.all()).doesNotContain("Running upgrade");
        }
    }

    private static String onlyFileContaining(Path folder, String id) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.contains(id))
                    .toList());
            assertThat(names).hasSize(1);
            return names.get(0);
        }
    }

    private static void fillIn(Path file, String after, String statement) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(after);
        Files.writeString(file, text.replace(after, after + "\n" + statement + "\n"));
    }

    private static int count(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
