package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.autogenerate.render.JavaCompilation;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.ReflectionFilter;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code squash --up-to c} over a range with raw SQL, a create-then-drop, a create-then-alter and
 * two branches merged inside it, on databases at base, inside the range, at its end and past it;
 * then the originals are deleted and the graph still resolves and upgrades.
 */
class SquashCommandTest {

    /** a; b1 and b2 branch from a; m merges them; c ends the range; d follows it. */
    private static final Map<String, String> ORIGINALS = Map.of(
            "01_a.sql",
                    revision(
                            "a",
                            "",
                            "create account",
                            "CREATE TABLE account (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);",
                            "DROP TABLE account;"),
            "02_b1.sql",
                    revision(
                            "b1",
                            "a",
                            "a note table that m drops again",
                            "CREATE TABLE scratch_note (id INTEGER PRIMARY KEY, body VARCHAR(20));",
                            "DROP TABLE scratch_note;"),
            "03_b2.sql",
                    revision(
                            "b2",
                            "a",
                            "account name",
                            "ALTER TABLE account ADD COLUMN name VARCHAR(50);",
                            "ALTER TABLE account DROP COLUMN name;"),
            "04_m.sql",
                    revision(
                            "m",
                            "b1, b2",
                            "merge: posts instead of notes",
                            "DROP TABLE scratch_note;\nCREATE TABLE post (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL,"
                                    + " title VARCHAR(200), CONSTRAINT fk_post_account FOREIGN KEY (account_id)"
                                    + " REFERENCES account (id));",
                            "DROP TABLE post;\nCREATE TABLE scratch_note (id INTEGER PRIMARY KEY, body VARCHAR(20));"),
            "05_c.sql",
                    revision(
                            "c",
                            "m",
                            "post body",
                            "ALTER TABLE post ADD COLUMN body VARCHAR(1000);",
                            "ALTER TABLE post DROP COLUMN body;"),
            "06_d.sql",
                    revision(
                            "d",
                            "c",
                            "tags",
                            "CREATE TABLE tag (id INTEGER PRIMARY KEY, label VARCHAR(40) NOT NULL);",
                            "DROP TABLE tag;"));

    @TempDir
    Path dir;

    private static String revision(String id, String down, String message, String upgrade, String downgrade) {
        return "-- revision: " + id + "\n-- down_revision: " + down + "\n-- message: " + message
                + "\n-- migrate:upgrade\n" + upgrade + "\n-- migrate:downgrade\n" + downgrade + "\n";
    }

    private Migrate migrate(ScratchDatabase db) {
        return Migrate.configure()
                .dataSource(db.dataSource())
                .locations("filesystem:" + dir)
                .load();
    }

    private static SchemaModel schema(ScratchDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return Dialect.of(connection).reflector().reflect(connection, ReflectionFilter.defaults());
        }
    }

    private static List<String> steps(Migrate migrate) {
        List<String> steps = new ArrayList<>();
        for (AppliedRevision row : migrate.appliedHistory()) {
            steps.add(row.direction().label() + " " + row.revision());
        }
        return steps;
    }

    private Path squash(ScratchDatabase server, ByteArrayOutputStream out) {
        return squash(server, out, "c");
    }

    private Path squash(ScratchDatabase server, ByteArrayOutputStream out, String upTo) {
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false);
        RevisionFileSettings files = new RevisionFileSettings(
                null,
                List.of(dir),
                RevisionFormat.SQL,
                RevisionFileSettings.DEFAULT_JAVA_PACKAGE,
                FileNameTemplate.defaults());
        return new SquashCommand(files, () -> LocalDateTime.of(2026, 1, 2, 3, 4, 5), console)
                .squash(migrate(server), upTo, "baseline 2026", "s2026", null);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void databasesAtEveryPositionEndWithTheSchemaTheOriginalsBuild(TestDatabase kind) throws Exception {
        for (Map.Entry<String, String> file : ORIGINALS.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        try (ScratchDatabase reference = TestDatabases.create(kind);
                ScratchDatabase fresh = TestDatabases.create(kind);
                ScratchDatabase inside = TestDatabases.create(kind);
                ScratchDatabase atEnd = TestDatabases.create(kind);
                ScratchDatabase past = TestDatabases.create(kind);
                ScratchDatabase afterDeletion = TestDatabases.create(kind)) {
            migrate(reference).upgrade("heads");
            migrate(inside).upgrade("b1");
            migrate(atEnd).upgrade("c");
            migrate(past).upgrade("d");
            SchemaModel expected = schema(reference);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Path file = squash(fresh, out);

            String text = Files.readString(file);
            assertThat(file.getFileName().toString()).isEqualTo("2026_01_02_030405_s2026_baseline_2026.sql");
            assertThat(text)
                    .contains("-- revision: s2026\n-- down_revision: \n-- replaces: a, b1, b2, m, c\n"
                            + "-- message: baseline 2026\n");
            assertThat(text).doesNotContain("scratch_note");
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("Generating " + file + " ...  done", "Revision s2026 replaces a, b1, b2, m, c.");
            assertThat(schema(fresh).tables())
                    .as("the squash leaves the database it was run on alone")
                    .isEmpty();

            Migrate freshRun = migrate(fresh);
            freshRun.upgrade("heads");
            assertThat(steps(freshRun)).containsExactly("upgrade s2026", "upgrade d");

            Migrate insideRun = migrate(inside);
            insideRun.upgrade("heads");
            assertThat(steps(insideRun))
                    .containsExactly(
                            "upgrade a",
                            "upgrade b1",
                            "upgrade b2",
                            "upgrade m",
                            "upgrade c",
                            "stamp s2026",
                            "upgrade d");

            Migrate pastRun = migrate(past);
            assertThat(pastRun.pending()).isEmpty();
            pastRun.upgrade("heads");
            assertThat(pastRun.current()).containsExactly("d");

            for (ScratchDatabase db : List.of(fresh, inside, past)) {
                assertThat(migrate(db).current()).as(db.toString()).containsExactly("d");
                assertThat(schema(db)).as(db.toString()).isEqualTo(expected);
            }

            // Every database but atEnd has passed the squash: delete the originals, add a revision.
            for (String name : ORIGINALS.keySet()) {
                if (!name.equals("06_d.sql")) {
                    Files.delete(dir.resolve(name));
                }
            }
            Files.writeString(
                    dir.resolve("07_e.sql"),
                    revision(
                            "e",
                            "d",
                            "tag colour",
                            "ALTER TABLE tag ADD COLUMN colour VARCHAR(7);",
                            "ALTER TABLE tag DROP COLUMN colour;"));
            migrate(reference).upgrade("heads");
            SchemaModel expectedAfterE = schema(reference);

            Migrate endRun = migrate(atEnd);
            endRun.upgrade("heads");
            assertThat(steps(endRun))
                    .containsExactly(
                            "upgrade a",
                            "upgrade b2",
                            "upgrade b1",
                            "upgrade m",
                            "upgrade c",
                            "stamp s2026",
                            "upgrade d",
                            "upgrade e");
            Migrate newRun = migrate(afterDeletion);
            newRun.upgrade("heads");
            assertThat(steps(newRun)).containsExactly("upgrade s2026", "upgrade d", "upgrade e");
            for (ScratchDatabase db : List.of(fresh, inside, atEnd, past, afterDeletion)) {
                migrate(db).upgrade("heads");
                assertThat(migrate(db).current()).as(db.toString()).containsExactly("e");
                assertThat(schema(db)).as(db.toString()).isEqualTo(expectedAfterE);
            }

            Migrate down = migrate(afterDeletion);
            down.downgrade("base");
            assertThat(down.current()).isEmpty();
            assertThat(schema(afterDeletion).tables()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJavaSquashCompilesAndBuildsTheSameSchema(TestDatabase kind) throws Exception {
        for (Map.Entry<String, String> file : ORIGINALS.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        Path sources = Files.createDirectories(dir.resolve("java"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        try (ScratchDatabase reference = TestDatabases.create(kind);
                ScratchDatabase fresh = TestDatabases.create(kind)) {
            migrate(reference).upgrade("heads");
            RevisionFileSettings files = new RevisionFileSettings(
                    null, List.of(sources), RevisionFormat.JAVA, "squashtest", FileNameTemplate.defaults());
            Console quiet = new Console(System.out, System.err, true);
            Path file = new SquashCommand(files, () -> LocalDateTime.of(2026, 1, 2, 3, 4, 5), quiet)
                    .squash(migrate(fresh), "c", "baseline 2026", "s2026", null);

            String source = Files.readString(file);
            assertThat(source)
                    .contains("@Revision(id = \"s2026\", message = \"baseline 2026\",\n"
                            + "        replaces = {\"a\", \"b1\", \"b2\", \"m\", \"c\"})");
            // `revision` reads the squash from the source text, before anything is compiled.
            List<RevisionFile> written = RevisionFileReader.read(List.of(dir));
            assertThat(RevisionCommand.graphOf(written).isHead("d")).isTrue();
            assertThat(RevisionCommand.graphOf(written).isHead("s2026")).isFalse();
            String className = file.getFileName().toString().replace(".java", "");
            JavaCompilation.compileInto(source, "squashtest", className, dir.resolve("work"), classes);
            try (URLClassLoader loader = new URLClassLoader(
                    new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                Migrate withJava = Migrate.configure()
                        .dataSource(fresh.dataSource())
                        .classLoader(loader)
                        .locations("filesystem:" + dir, "classpath:squashtest")
                        .load();
                withJava.upgrade("heads");
                assertThat(steps(withJava)).containsExactly("upgrade s2026", "upgrade d");
                assertThat(schema(fresh)).isEqualTo(schema(reference));
                withJava.downgrade("base");
                assertThat(schema(fresh).tables()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rowsAndViewsTheSchemaModelCannotHoldAreNamedInAWarning(TestDatabase kind) throws IOException {
        Files.writeString(
                dir.resolve("01_a.sql"),
                revision(
                        "a",
                        "",
                        "statuses",
                        "CREATE TABLE status (code VARCHAR(10) PRIMARY KEY);\nINSERT INTO status (code) VALUES ('open');",
                        "DROP TABLE status;"));
        Files.writeString(
                dir.resolve("02_b.sql"),
                revision(
                        "b",
                        "a",
                        "open statuses",
                        "CREATE VIEW open_status AS SELECT code FROM status WHERE code = 'open';",
                        "DROP VIEW open_status;"));
        try (ScratchDatabase server = TestDatabases.create(kind)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Console console = new Console(
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    false);
            RevisionFileSettings files = new RevisionFileSettings(
                    null,
                    List.of(dir),
                    RevisionFormat.SQL,
                    RevisionFileSettings.DEFAULT_JAVA_PACKAGE,
                    FileNameTemplate.defaults());
            Path file = new SquashCommand(files, () -> LocalDateTime.of(2026, 1, 2, 3, 4, 5), console)
                    .squash(migrate(server), "b", "baseline", "s1", null);

            assertThat(err.toString(StandardCharsets.UTF_8))
                    .isEqualTo(
                            "WARNING: the revisions up to b leave what s1"
                                    + " does not create: rows in status, view open_status. Add it to "
                                    + file.getFileName()
                                    + " (bulkInsert or execute, INSERT or CREATE in SQL) before a fresh database relies on it.\n");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "H2")
    void aRangeThatFailsOnTheScratchSchemaWritesNothing(TestDatabase kind) throws IOException, SQLException {
        Files.writeString(
                dir.resolve("01_a.sql"),
                revision("a", "", "account", "CREATE TABLE account (id INTEGER PRIMARY KEY);", "DROP TABLE account;"));
        Files.writeString(
                dir.resolve("02_b.sql"),
                revision(
                        "b",
                        "a",
                        "needs a table only production has",
                        "ALTER TABLE legacy_users ADD COLUMN email VARCHAR(100);",
                        ""));
        try (ScratchDatabase server = TestDatabases.create(kind)) {
            server.execute("CREATE TABLE legacy_users (id INTEGER PRIMARY KEY)");
            assertThatThrownBy(() -> squash(server, new ByteArrayOutputStream(), "b"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageStartingWith("squash upgrades a scratch schema to b to read the schema the range"
                            + " builds; that upgrade failed, so nothing was written. Upgrade of revision b");
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .containsExactlyInAnyOrder("01_a.sql", "02_b.sql");
            }
            assertThat(schema(server).tables()).extracting(t -> t.name()).containsExactly("legacy_users");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "H2")
    void aDatabaseInsideTheRangeNeedsTheOriginals(TestDatabase kind) throws IOException {
        for (Map.Entry<String, String> file : ORIGINALS.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        try (ScratchDatabase inside = TestDatabases.create(kind);
                ScratchDatabase server = TestDatabases.create(kind)) {
            migrate(inside).upgrade("m");
            squash(server, new ByteArrayOutputStream());
            for (String name : List.of("01_a.sql", "02_b1.sql", "03_b2.sql", "04_m.sql", "05_c.sql")) {
                Files.delete(dir.resolve(name));
            }
            assertThatThrownBy(() -> migrate(inside).upgrade("heads"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessage("The database is at m, inside the range squashed by s2026 (a, b1, b2, m, c), and the"
                            + " scripts of those revisions are gone. Restore them (from version control) so the"
                            + " database can be brought to c, then upgrade.");
            assertThat(migrate(inside).current()).containsExactly("m");
        }
    }
}
