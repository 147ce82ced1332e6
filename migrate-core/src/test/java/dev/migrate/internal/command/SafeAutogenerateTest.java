package dev.migrate.internal.command;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.primaryKey;
import static dev.migrate.schema.Constraints.unique;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.autogenerate.SafeForms;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.render.JavaCompilation;
import dev.migrate.internal.autogenerate.render.RevisionInfo;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
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
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code revision --autogenerate --safe} on each database: a NOT NULL column added to, and one set
 * NOT NULL on, an existing table with rows become expand/contract with a backfill placeholder; on
 * PostgreSQL an index on it becomes a non-transactional CONCURRENTLY revision; lint has nothing
 * left to say about them there; the revisions run (once the placeholder is written) and leave
 * nothing to check. Without {@code --safe} the one revision is written as before.
 */
class SafeAutogenerateTest {

    /** orders gains status NOT NULL, code becomes NOT NULL and indexed; tags is new, with its index. */
    private static final SchemaModel TARGET = new SchemaModel(
            List.of(
                    Table.of(
                            "orders",
                            column("id", bigint()).notNull(),
                            column("code", varchar(20)).notNull(),
                            column("status", varchar(10)).notNull(),
                            primaryKey(null, "id"),
                            index("ix_orders_code", "code")),
                    Table.of(
                            "tags",
                            column("id", bigint()).notNull(),
                            column("name", varchar(20)),
                            primaryKey(null, "id"),
                            index("ix_tags_name", "name"))),
            List.of());

    @TempDir
    Path versions;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void notNullColumnsAndAnIndexOnAnExistingTableAreWrittenInTheirSafeFormsAndRun(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            ordersWithRows(db);

            List<Path> files = command(db).revisions(TARGET, "safe change", "aaaa00000002", null, true);

            boolean postgres = kind == TestDatabase.POSTGRES;
            assertThat(files).hasSize(postgres ? 3 : 2);
            String expand = Files.readString(files.get(0));
            String contract = Files.readString(files.get(1));
            assertThat(expand)
                    .contains("-- revision: aaaa00000002", "CREATE TABLE tags", "CREATE INDEX ix_tags_name")
                    .containsPattern("ADD (COLUMN )?status VARCHAR\\(10\\);")
                    .doesNotContain("transactional: false", "SET NOT NULL", "TODO");
            assertThat(contract)
                    .contains(
                            "-- down_revision: aaaa00000002",
                            "-- message: safe change (not null: backfill, then set)",
                            "-- WARNING: TODO: write the value of orders.status for existing rows",
                            "SET status = " + SafeForms.TODO_VALUE + " WHERE status IS NULL",
                            "SET code = " + SafeForms.TODO_VALUE + " WHERE code IS NULL");
            if (postgres) {
                String indexes = Files.readString(files.get(2));
                assertThat(contract)
                        .contains(
                                "-- transactional: false",
                                "ADD CONSTRAINT ck_orders_status_not_null CHECK (status IS NOT NULL) NOT VALID",
                                "VALIDATE CONSTRAINT ck_orders_status_not_null",
                                "ALTER COLUMN status SET NOT NULL",
                                "DROP CONSTRAINT IF EXISTS ck_orders_code_not_null",
                                "DROP CONSTRAINT ck_orders_code_not_null");
                assertThat(indexes)
                        .contains(
                                "-- transactional: false",
                                "-- message: safe change (indexes, built concurrently)",
                                "CREATE INDEX CONCURRENTLY ix_orders_code ON orders (code)")
                        .doesNotContain("ix_tags_name");
                assertThat(expand).doesNotContain("ix_orders_code");
                assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Lint findings");
            } else {
                assertThat(contract).doesNotContain("transactional: false", "NOT VALID");
                assertThat(expand).contains("ix_orders_code").doesNotContain("CONCURRENTLY");
            }

            // the placeholder stops the contract revision before it changes anything
            assertThatThrownBy(() -> engine(db).upgrade("heads")).hasMessageContaining(SafeForms.TODO_VALUE);
            assertThat(engine(db).current()).containsExactly("aaaa00000002");

            Files.writeString(files.get(1), contract.replace(SafeForms.TODO_VALUE, "'x'"));
            engine(db).upgrade("heads");
            assertThat(Autogenerate.check(engine(db), TARGET, CompareOptions.defaults())
                            .exitCode())
                    .isZero();
            engine(db).downgrade("aaaa00000001");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutSafeOneRevisionIsWrittenAsBeforeAndLintFlagsIt(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            ordersWithRows(db);

            List<Path> files = command(db).revisions(TARGET, "plain change", "aaaa00000002", null, false);

            assertThat(files).hasSize(1);
            String revision = Files.readString(files.get(0));
            assertThat(revision)
                    .containsPattern("ADD (COLUMN )?status VARCHAR\\(10\\) NOT NULL")
                    .contains("CREATE INDEX ix_orders_code ON orders (code)")
                    .doesNotContain("transactional: false", "TODO", "CONCURRENTLY");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Lint findings", "[set-not-null]");
            if (kind == TestDatabase.POSTGRES) {
                assertThat(err.toString(StandardCharsets.UTF_8)).contains("[create-index]");
            }
        }
    }

    @Test
    void onPostgresTheJavaRevisionsAreMarkedNonTransactionalCarryTheTodoAndCompileAndRun() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            ordersWithRows(db);
            Path classes = Files.createDirectories(versions.resolve("classes"));

            List<Path> files = command(db, RevisionFormat.JAVA, () -> engine(db))
                    .revisions(TARGET, "safe change", "aaaa00000002", null, true);

            assertThat(files).hasSize(3);
            String contract = Files.readString(files.get(1));
            String indexes = Files.readString(files.get(2));
            assertThat(contract)
                    .contains(
                            "transactional = false",
                            "// WARNING: TODO: write the value of orders.status for existing rows",
                            "op.execute(\"UPDATE orders SET status = " + SafeForms.TODO_VALUE,
                            "op.execute(\"ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_status_not_null\");");
            assertThat(indexes).contains("transactional = false", "IndexOption.CONCURRENTLY");
            Files.writeString(files.get(1), contract.replace(SafeForms.TODO_VALUE, "'x'"));
            for (Path file : files) {
                String className = file.getFileName().toString().replace(".java", "");
                JavaCompilation.compileInto(Files.readString(file), "db.migrations", className, versions, classes);
            }
            Supplier<Migrate> withClasses = () -> Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("filesystem:" + versions, "classpath:db/migrations")
                    .classLoader(new URLClassLoader(
                            new URL[] {url(classes)}, getClass().getClassLoader()))
                    .load();

            withClasses.get().upgrade("heads");

            assertThat(Autogenerate.check(withClasses.get(), TARGET, CompareOptions.defaults())
                            .exitCode())
                    .isZero();
        }
    }

    /**
     * On PostgreSQL an index dropped from an existing table goes in the concurrent revision, and its
     * downgrade builds it again concurrently; one whose column the same change drops stays first.
     */
    @Test
    void onPostgresAnIndexDroppedFromAnExistingTableIsDroppedConcurrentlyAndItsDowngradeBuildsItAgain()
            throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            Files.writeString(versions.resolve("aaaa00000001.sql"), """
                    -- revision: aaaa00000001
                    -- down_revision:
                    -- migrate:upgrade
                    CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20), note VARCHAR(20));
                    CREATE INDEX ix_orders_code ON orders (code);
                    CREATE INDEX ix_orders_note ON orders (note);
                    -- migrate:downgrade
                    DROP TABLE orders;
                    """);
            engine(db).upgrade("heads");
            SchemaModel target = new SchemaModel(
                    List.of(Table.of(
                            "orders",
                            column("id", bigint()).notNull(),
                            column("code", varchar(20)),
                            primaryKey(null, "id"))),
                    List.of());

            List<Path> files = command(db).revisions(target, "fewer indexes", "aaaa00000002", null, true);

            assertThat(files).hasSize(2);
            String expand = Files.readString(files.get(0));
            String indexes = Files.readString(files.get(1));
            assertThat(expand)
                    .contains("DROP COLUMN note")
                    .doesNotContain("ix_orders_code", "CONCURRENTLY", "transactional: false");
            assertThat(indexes)
                    .contains(
                            "-- transactional: false",
                            "-- message: fewer indexes (indexes, dropped concurrently)",
                            "DROP INDEX CONCURRENTLY ix_orders_code",
                            "CREATE INDEX CONCURRENTLY ix_orders_code ON orders (code)")
                    .doesNotContain("ix_orders_note");
            // the column drop's own warning stays; nothing is said about the index
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("warning [drop-column]", "1 finding")
                    .doesNotContain("ix_orders_code");

            engine(db).upgrade("heads");
            assertThat(indexNames(db)).doesNotContain("ix_orders_code", "ix_orders_note");
            assertThat(Autogenerate.check(engine(db), target, CompareOptions.defaults())
                            .exitCode())
                    .isZero();
            engine(db).downgrade("aaaa00000002");
            assertThat(indexNames(db)).contains("ix_orders_code");
        }
    }

    /**
     * On PostgreSQL a unique constraint on an existing table is a unique index built concurrently,
     * then taken over by the constraint; lint has nothing to say, and the downgrade drops it.
     */
    @Test
    void onPostgresAUniqueConstraintOnAnExistingTableTakesOverAUniqueIndexBuiltConcurrently() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            ordersWithRows(db);
            SchemaModel target = new SchemaModel(
                    List.of(Table.of(
                            "orders",
                            column("id", bigint()).notNull(),
                            column("code", varchar(20)),
                            primaryKey(null, "id"),
                            unique("uq_orders_code", "code"))),
                    List.of());

            List<Path> files = command(db).revisions(target, "unique codes", "aaaa00000002", null, true);

            assertThat(files).hasSize(1);
            String revision = Files.readString(files.get(0));
            assertThat(revision)
                    .contains(
                            "-- transactional: false",
                            "CREATE UNIQUE INDEX CONCURRENTLY uq_orders_code ON orders (code);",
                            "ALTER TABLE orders ADD CONSTRAINT uq_orders_code UNIQUE USING INDEX uq_orders_code;",
                            "leaves an invalid index uq_orders_code")
                    .containsPattern("-- migrate:downgrade\\s+ALTER TABLE orders DROP CONSTRAINT uq_orders_code;");
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Lint findings");

            engine(db).upgrade("heads");
            assertThat(Autogenerate.check(engine(db), target, CompareOptions.defaults())
                            .exitCode())
                    .isZero();
            assertThatThrownBy(() -> db.execute("INSERT INTO orders (id, code) VALUES (3, 'a')"))
                    .hasMessageContaining("uq_orders_code");
            engine(db).downgrade("aaaa00000001");
            assertThat(indexNames(db)).doesNotContain("uq_orders_code");
        }
    }

    private static List<String> indexNames(ScratchDatabase db) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (java.sql.Connection connection = db.dataSource().getConnection();
                java.sql.ResultSet rows = connection.getMetaData().getIndexInfo(null, null, "orders", false, false)) {
            while (rows.next()) {
                names.add(rows.getString("INDEX_NAME"));
            }
        }
        return names;
    }

    @Test
    void theJavaApiWritesTheSameChainedRevisionsWithIdsFromTheCaller() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            ordersWithRows(db);
            Iterator<String> ids = List.of("bbbb00000003", "cccc00000004").iterator();

            List<Path> files = Autogenerate.writeSafeRevisions(
                    engine(db),
                    TARGET,
                    CompareOptions.defaults(),
                    new RevisionInfo(
                            "aaaa00000002", List.of("aaaa00000001"), "safe", "db.migrations", "R_aaaa00000002", null),
                    RevisionFormat.SQL,
                    versions,
                    ids::next);

            assertThat(files)
                    .extracting(file -> file.getFileName().toString())
                    .containsExactly("R_aaaa00000002.sql", "R_bbbb00000003.sql", "R_cccc00000004.sql");
            assertThat(Files.readString(files.get(1)))
                    .contains(
                            "-- down_revision: aaaa00000002",
                            "-- message: safe (not null: backfill, then set)",
                            "-- transactional: false");
            assertThat(Files.readString(files.get(2)))
                    .contains("-- down_revision: bbbb00000003", "-- transactional: false", "CONCURRENTLY");
            assertThat(Files.readString(files.get(0))).doesNotContain("transactional");
        }
    }

    private void ordersWithRows(ScratchDatabase db) throws IOException {
        Files.writeString(versions.resolve("aaaa00000001.sql"), """
                -- revision: aaaa00000001
                -- down_revision:
                -- migrate:upgrade
                CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20));
                -- migrate:downgrade
                DROP TABLE orders;
                """);
        engine(db).upgrade("heads");
        db.execute("INSERT INTO orders (id, code) VALUES (1, 'a')", "INSERT INTO orders (id, code) VALUES (2, NULL)");
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Migrate engine(ScratchDatabase db) {
        return Migrate.configure()
                .dataSource(db.dataSource())
                .locations("filesystem:" + versions)
                .load();
    }

    private AutogenerateCommand command(ScratchDatabase db) {
        return command(db, RevisionFormat.SQL, () -> engine(db));
    }

    private AutogenerateCommand command(ScratchDatabase db, RevisionFormat format, Supplier<Migrate> engine) {
        RevisionFileSettings files =
                new RevisionFileSettings(null, List.of(versions), format, "db.migrations", FileNameTemplate.defaults());
        return new AutogenerateCommand(
                engine,
                files,
                new Console(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false));
    }
}
