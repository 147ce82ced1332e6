package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: every case fails with a clear error (exit code 2 unless the command
 * itself ran and failed) naming what a user must fix, and leaves the database as it found it.
 */
class BadInputCorpusTest {

    private static final String UP = "-- migrate:upgrade\n";
    private static final String DOWN = "-- migrate:downgrade\n";

    @TempDir
    Path temp;

    /** What the case does with a builder already given the database and the location. */
    @FunctionalInterface
    interface Action {
        void run(Migrate.Builder builder) throws Exception;
    }

    /**
     * One bad input.
     *
     * @param before    scripts upgraded to heads first, to put the database in a state
     * @param setupSql  statements run after {@code before}, to put garbage in place
     * @param files     the scripts of the failing command (a temporary {@code filesystem:} location)
     * @param location  a fixed location instead of {@code files}, or {@code null}
     */
    record BadInputCase(
            String name,
            TestDatabase database,
            Map<String, byte[]> before,
            List<String> setupSql,
            Map<String, byte[]> files,
            String location,
            Action action,
            Class<? extends MigrateException> type,
            int exitCode,
            List<String> fragments) {

        @Override
        public String toString() {
            return name + " [" + database + "]";
        }
    }

    static List<BadInputCase> corpus() {
        List<BadInputCase> cases = new ArrayList<>();
        Action upgrade = b -> b.load().upgrade("heads");
        Action load = Migrate.Builder::load;

        // Malformed headers and sections
        cases.add(bad(
                "no revision header",
                files("001.sql", "-- message: x\n" + UP + "CREATE TABLE t1 (id INT);\n" + DOWN),
                upgrade,
                "001.sql:1",
                "no '-- revision: <id>' header line"));
        cases.add(bad(
                "unknown header key",
                files("001.sql", "-- revision: a1\n-- parent: a0\n" + UP + DOWN),
                upgrade,
                "001.sql:2",
                "unknown header key 'parent'",
                "Known keys"));
        cases.add(bad(
                "header key twice",
                files("001.sql", "-- revision: a1\n-- message: x\n-- message: y\n" + UP + DOWN),
                upgrade,
                "001.sql:3",
                "'message' appears twice",
                "first on line 2"));
        cases.add(bad(
                "SQL before the upgrade section",
                files("001.sql", "-- revision: a1\nCREATE TABLE t1 (id INT);\n" + UP + DOWN),
                upgrade,
                "001.sql:2",
                "SQL before '-- migrate:upgrade'"));
        cases.add(bad(
                "text after a section marker",
                files("001.sql", "-- revision: a1\n-- migrate:upgrade now\n" + DOWN),
                upgrade,
                "001.sql:2",
                "unexpected text after '-- migrate:upgrade'"));
        cases.add(bad(
                "no downgrade section",
                files("001.sql", "-- revision: a1\n" + UP + "CREATE TABLE t1 (id INT);\n"),
                upgrade,
                "001.sql",
                "no '-- migrate:downgrade' line"));
        cases.add(bad(
                "unknown section marker",
                files("001.sql", "-- revision: a1\n" + UP + "-- migrate:sideways\n" + DOWN),
                upgrade,
                "001.sql:3",
                "unknown section marker 'migrate:sideways'"));
        cases.add(bad(
                "two upgrade sections",
                files("001.sql", "-- revision: a1\n" + UP + UP + DOWN),
                upgrade,
                "001.sql:3",
                "a second '-- migrate:upgrade' line"));
        cases.add(bad(
                "downgrade before upgrade",
                files("001.sql", "-- revision: a1\n" + DOWN + UP),
                upgrade,
                "001.sql:2",
                "'-- migrate:downgrade' before '-- migrate:upgrade'"));
        cases.add(bad(
                "transactional not a boolean",
                files("001.sql", "-- revision: a1\n-- transactional: maybe\n" + UP + DOWN),
                upgrade,
                "001.sql:2",
                "'transactional' must be true or false, not 'maybe'"));
        cases.add(bad("empty file", files("001.sql", ""), upgrade, "001.sql:1", "no '-- migrate:upgrade' line"));
        cases.add(bad(
                "header only",
                files("001.sql", "-- revision: a1\n-- message: nothing else\n"),
                upgrade,
                "001.sql",
                "no '-- migrate:upgrade' line"));
        cases.add(bad(
                "non-UTF-8 bytes",
                Map.of(
                        "001.sql",
                        concat(
                                "-- revision: a1\n-- message: caf".getBytes(StandardCharsets.US_ASCII),
                                new byte[] {(byte) 0xE9, '\n'},
                                (UP + DOWN).getBytes(StandardCharsets.US_ASCII))),
                upgrade,
                "001.sql:2",
                "not valid UTF-8",
                "0xE9",
                "Save it as UTF-8"));
        cases.add(bad(
                "huge file without a downgrade section",
                files("001.sql", hugeScript()),
                upgrade,
                "001.sql",
                "no '-- migrate:downgrade' line"));

        // Ids
        cases.add(bad(
                "duplicate id",
                files("001.sql", rev("a1", ""), "002.sql", rev("a1", "")),
                upgrade,
                "Revision id 'a1' is declared twice",
                "001.sql",
                "002.sql"));
        cases.add(bad(
                "forbidden characters in an id",
                files("001.sql", rev("a1; DROP TABLE x", "")),
                upgrade,
                "001.sql:1",
                "'a1; DROP TABLE x' contains whitespace"));
        cases.add(bad("space in an id", files("001.sql", rev("a 1", "")), upgrade, "001.sql:1", "'a 1'"));
        cases.add(bad(
                "target syntax in an id",
                files("001.sql", rev("a@b", "")),
                upgrade,
                "001.sql:1",
                "'a@b' contains '@'"));
        cases.add(bad(
                "a path in an id",
                files("001.sql", rev("../../x", "")),
                upgrade,
                "001.sql:1",
                "'../../x' contains '/'; ids and labels name files"));
        cases.add(bad(
                "an id that is a target word",
                files("001.sql", rev("head", "")),
                upgrade,
                "001.sql:1",
                "'head' is a word targets use by itself"));
        cases.add(bad("over-long id", files("001.sql", rev("a".repeat(200), "")), upgrade, "001.sql:1", "at most 128"));

        // Graph
        cases.add(bad(
                "self-loop",
                files("001.sql", rev("a1", "a1")),
                upgrade,
                "001.sql:2",
                "'a1' names itself in down_revision"));
        cases.add(bad(
                "cycle",
                files("001.sql", rev("a1", "b2"), "002.sql", rev("b2", "a1")),
                upgrade,
                "Cycle is detected in revisions (a1, b2)"));
        cases.add(bad(
                "missing parent",
                files("001.sql", rev("a1", ""), "002.sql", rev("b2", "zz9")),
                upgrade,
                "Revision zz9 referenced from b2 is not present"));
        cases.add(bad(
                "empty entry in down_revision",
                files("001.sql", rev("a1", ""), "002.sql", rev("b2", "a1,,a1")),
                upgrade,
                "002.sql:2",
                "empty entry"));
        cases.add(bad(
                "duplicate branch label",
                files(
                        "001.sql", rev("a1", ""),
                        "002.sql", "-- revision: b1\n-- down_revision: a1\n-- branch_labels: billing\n" + UP + DOWN,
                        "003.sql", "-- revision: c1\n-- down_revision: a1\n-- branch_labels: billing\n" + UP + DOWN),
                upgrade,
                "Branch name 'billing' in revision c1 already used by revision b1"));
        cases.add(bad(
                "dependency cycle",
                files(
                        "001.sql", "-- revision: a1\n-- depends_on: b1\n" + UP + DOWN,
                        "002.sql", "-- revision: b1\n-- depends_on: a1\n" + UP + DOWN),
                upgrade,
                "Dependency cycle is detected in revisions (a1, b1)"));
        cases.add(bad(
                "dependency on an unknown revision",
                files("001.sql", "-- revision: a1\n-- depends_on: nope\n" + UP + DOWN),
                upgrade,
                "Revision nope referenced from a1 is not present"));

        // Java revisions
        cases.add(badAt(
                "@Revision class that is not a Migration",
                "classpath:dev/migrate/internal/script/fixtures/notmigration",
                upgrade,
                "NotAMigration: has @Revision but does not implement dev.migrate.Migration"));
        cases.add(badAt(
                "Migration class without @Revision",
                "classpath:dev/migrate/internal/script/fixtures/missingrevision",
                upgrade,
                "ForgottenAnnotation: implements dev.migrate.Migration but has no @Revision"));

        // Targets
        Map<String, byte[]> linear = files("001.sql", rev("a1000", ""), "002.sql", rev("ab200", "a1000"));
        Map<String, byte[]> twoHeads =
                files("001.sql", rev("r0", ""), "002.sql", rev("x1", "r0"), "003.sql", rev("y1", "r0"));
        cases.add(bad(
                "unresolvable target",
                linear,
                b -> b.load().upgrade("zz99"),
                "Can't locate revision identified by 'zz99'"));
        cases.add(bad("ambiguous target", linear, b -> b.load().upgrade("a"), "'a'", "a1000", "ab200"));
        cases.add(bad(
                "relative target past the head",
                linear,
                b -> b.load().upgrade("+5"),
                "Relative revision +5 didn't produce 5 migrations"));
        cases.add(bad(
                "head with several heads",
                twoHeads,
                b -> b.load().upgrade("head"),
                "Multiple head revisions are present for given argument 'head'",
                "'heads' for all heads"));
        cases.add(bad(
                "downgrade to an unknown revision",
                linear,
                b -> b.load().downgrade("nope1"),
                "Can't locate revision identified by 'nope1'"));
        cases.add(bad(
                "unknown dialect",
                linear,
                b -> b.load().upgradeSql("heads", "oracle7", new StringBuilder()),
                "Unknown dialect 'oracle7'",
                "postgresql, mariadb"));

        // Locations and settings
        cases.add(badAt(
                "missing filesystem location",
                "filesystem:/nonexistent/migrations",
                upgrade,
                "/nonexistent/migrations",
                "does not exist"));
        cases.add(badAt(
                "missing classpath location",
                "classpath:no/such/migrations",
                upgrade,
                "no directory 'no/such/migrations' is on the class path"));
        cases.add(badAt(
                "location with an unknown prefix",
                "s3:bucket/migrations",
                upgrade,
                "unknown prefix 's3:'",
                "locations"));
        cases.add(badAt("empty location", "  ", upgrade, "An entry of the 'locations' setting is empty"));
        cases.add(bad(
                "blank version table name",
                linear,
                b -> b.versionTable(" ").load().upgrade("heads"),
                "The 'versionTable' setting is blank"));
        cases.add(bad(
                "version table name with a schema",
                linear,
                b -> b.versionTable("other.migrate_version").load().upgrade("heads"),
                "The 'versionTable' setting 'other.migrate_version' holds a '.'",
                "the 'schema' setting"));
        cases.add(bad(
                "history table name with a schema",
                linear,
                b -> b.historyTable("other.migrate_history").load().upgrade("heads"),
                "'historyTable'",
                "holds a '.'"));
        cases.add(bad(
                "blank history table name",
                linear,
                b -> b.historyTable("").load().upgrade("heads"),
                "The 'historyTable' setting is blank"));
        cases.add(bad(
                "blank schema", linear, b -> b.schema(" ").load().upgrade("heads"), "The 'schema' setting is blank"));
        cases.add(bad(
                "version and history tables the same",
                linear,
                b -> b.versionTable("log").historyTable("LOG").load().upgrade("heads"),
                "versionTable",
                "historyTable"));
        cases.add(bad(
                "negative lock timeout",
                linear,
                b -> b.lockTimeout(Duration.ofSeconds(-1)).load().upgrade("heads"),
                "The 'lockTimeout' setting is PT-1S"));
        cases.add(bad("no lock timeout", linear, b -> b.lockTimeout(null).load().upgrade("heads"), "lockTimeout"));
        cases.add(bad("no locations", linear, b -> b.locations(List.of()).load().upgrade("heads"), "'locations'"));

        // Database states, on PostgreSQL and MariaDB
        Map<String, byte[]> applied = files("001.sql", rev("a1000", ""), "002.sql", rev("b2000", "a1000"));
        Map<String, byte[]> other = files("001.sql", rev("c3000", ""));
        Map<String, byte[]> behind = files("001.sql", rev("a1000", ""));
        Map<String, byte[]> edited = files(
                "001.sql",
                rev("a1000", ""),
                "002.sql",
                "-- revision: b2000\n-- down_revision: a1000\n" + UP + "CREATE TABLE edited_t (id INT);\n" + DOWN);
        for (TestDatabase db : List.of(TestDatabase.POSTGRES, TestDatabase.MARIADB)) {
            cases.add(state(
                    "database at a revision no script knows",
                    db,
                    applied,
                    List.of(),
                    other,
                    upgrade,
                    MigrateException.class,
                    "Can't locate revision identified by 'b2000'",
                    "no script in filesystem:",
                    "stamp"));
            cases.add(state(
                    "database ahead of the scripts",
                    db,
                    applied,
                    List.of(),
                    behind,
                    upgrade,
                    MigrateException.class,
                    "Can't locate revision identified by 'b2000'",
                    "Restore the missing script"));
            cases.add(state(
                    "version table with garbage",
                    db,
                    Map.of(),
                    List.of(
                            "CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)",
                            "INSERT INTO migrate_version (version_num) VALUES ('garbage; --')"),
                    applied,
                    upgrade,
                    MigrateException.class,
                    "Can't locate revision identified by 'garbage; --'",
                    "migrate_version table records it"));
            cases.add(state(
                    "edited applied script",
                    db,
                    applied,
                    List.of(),
                    edited,
                    upgrade,
                    MigrateException.class,
                    "Applied script has changed since it was applied: revision b2000",
                    "002.sql",
                    "Nothing was run"));
            cases.add(state(
                    "version table of another shape",
                    db,
                    Map.of(),
                    List.of("CREATE TABLE migrate_version (id INT, note VARCHAR(20))"),
                    applied,
                    upgrade,
                    MigrateException.class,
                    "migrate_version exists but is not a version table",
                    "version_num"));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void failsClearlyAndLeavesTheDatabaseUntouched(BadInputCase badInput) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(badInput.database())) {
            if (!badInput.before().isEmpty()) {
                Migrate.configure()
                        .dataSource(db.dataSource())
                        .locations(write("before", badInput.before()))
                        .load()
                        .upgrade("heads");
            }
            if (!badInput.setupSql().isEmpty()) {
                db.execute(badInput.setupSql().toArray(String[]::new));
            }
            String location = badInput.location() != null ? badInput.location() : write("scripts", badInput.files());
            Map<String, List<String>> snapshot = snapshot(db);

            Throwable thrown = catchThrowable(() -> badInput.action()
                    .run(Migrate.configure().dataSource(db.dataSource()).locations(location)));

            assertThat(thrown).as("%s must fail", badInput.name()).isInstanceOf(badInput.type());
            assertThat(((MigrateException) thrown).exitCode())
                    .as("exit code of: %s", thrown.getMessage())
                    .isEqualTo(badInput.exitCode());
            for (String fragment : badInput.fragments()) {
                assertThat(thrown.getMessage()).contains(fragment);
            }
            assertThat(snapshot(db))
                    .as("the database after: %s", thrown.getMessage())
                    .isEqualTo(snapshot);
        }
    }

    private String write(String directory, Map<String, byte[]> files) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(directory));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        return "filesystem:" + dir;
    }

    /** Every table of the scratch schema with its rows, so any change at all shows. */
    private static Map<String, List<String>> snapshot(ScratchDatabase db) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = db.connect()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData()
                    .getTables(
                            c.getCatalog(), db.kind() == TestDatabase.MARIADB ? null : db.schema(), "%", new String[] {
                                "TABLE"
                            })) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT * FROM " + quote(db, name))) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i).toLowerCase(Locale.ROOT))
                                    .append('=')
                                    .append(rs.getString(i))
                                    .append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(name.toLowerCase(Locale.ROOT), rows);
            }
        }
        return tables;
    }

    private static String quote(ScratchDatabase db, String name) {
        return db.kind() == TestDatabase.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
    }

    private static BadInputCase bad(String name, Map<String, byte[]> files, Action action, String... fragments) {
        return new BadInputCase(
                name,
                TestDatabase.H2,
                Map.of(),
                List.of(),
                files,
                null,
                action,
                BadInputException.class,
                2,
                List.of(fragments));
    }

    private static BadInputCase badAt(String name, String location, Action action, String... fragments) {
        return new BadInputCase(
                name,
                TestDatabase.H2,
                Map.of(),
                List.of(),
                Map.of(),
                location,
                action,
                BadInputException.class,
                2,
                List.of(fragments));
    }

    private static BadInputCase state(
            String name,
            TestDatabase db,
            Map<String, byte[]> before,
            List<String> setupSql,
            Map<String, byte[]> files,
            Action action,
            Class<? extends MigrateException> type,
            String... fragments) {
        return new BadInputCase(
                name,
                db,
                before,
                setupSql,
                files,
                null,
                action,
                type,
                type == BadInputException.class ? 2 : 1,
                List.of(fragments));
    }

    private static String rev(String id, String down) {
        return "-- revision: " + id + "\n-- down_revision: " + down + "\n" + UP + "CREATE TABLE t_"
                + id.hashCode() % 1000 + " (id INT);\n" + DOWN;
    }

    private static Map<String, byte[]> files(String... nameAndText) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            files.put(nameAndText[i], nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** About 8 MB of statements and no downgrade section. */
    private static String hugeScript() {
        StringBuilder text =
                new StringBuilder("-- revision: big1\n" + UP + "CREATE TABLE big (id INT, note VARCHAR(100));\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("INSERT INTO big (id, note) VALUES (")
                    .append(i)
                    .append(", 'row number ")
                    .append(i)
                    .append(" of the big file');\n");
        }
        return text.toString();
    }
}
