package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.AppliedRevision;
import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.autogenerate.render.JavaCompilation;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code baseline} on a schema made by hand, with what hand-made schemas hold (identity and
 * auto-numbered keys, foreign keys, unique constraints and indexes, multi-column indexes,
 * defaults, comments, sequences, check constraints): the revision it writes gives a fresh
 * database exactly the reflected schema of the original, which is stamped without running it.
 */
class BaselineCommandTest {

    private static final String ID = "ba5e00000001";
    private static final String ACCOUNT_REVISION = """
            -- revision: aaaa00000001
            -- message: create account
            -- migrate:upgrade
            CREATE TABLE account (id INT PRIMARY KEY);
            -- migrate:downgrade
            DROP TABLE account;
            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFreshDatabaseUpgradedFromTheBaselineHasTheOriginalsSchema(TestDatabase kind) throws Exception {
        try (ScratchDatabase original = TestDatabases.create(kind);
                ScratchDatabase fresh = TestDatabases.create(kind)) {
            original.execute(handMadeSchema(kind));
            SchemaModel before = reflect(original);
            assertThat(before.tables())
                    .extracting(Table::name)
                    .containsExactly("customer", "purchase", "purchase_line");
            assertThat(before.sequences()).extracting(Sequence::name).containsExactly("invoice_number");

            Path versions = folder.resolve("versions");
            Path file = baseline(engine(original, versions), RevisionFormat.SQL, versions)
                    .baseline("existing schema", ID, null);

            assertThat(file.getParent()).isEqualTo(versions);
            assertThat(file.getFileName().toString()).endsWith("_" + ID + "_existing_schema.sql");
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("Generating " + file.toAbsolutePath() + " ...  done");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Stamped the database at " + ID);
            Migrate stamped = engine(original, versions);
            assertThat(stamped.current()).containsExactly(ID);
            assertThat(stamped.pending()).isEmpty();
            List<AppliedRevision> history = stamped.appliedHistory();
            assertThat(history).hasSize(1);
            assertThat(history.get(0).direction()).isEqualTo(dev.migrate.Direction.STAMP);
            assertThat(reflect(original)).as("nothing ran on the original").isEqualTo(before);

            Migrate upgraded = engine(fresh, versions);
            upgraded.upgrade("heads");
            assertThat(Autogenerate.check(
                                    upgraded,
                                    before,
                                    dev.migrate.internal.autogenerate.compare.CompareOptions.defaults())
                            .differences())
                    .isEmpty();
            if (kind != TestDatabase.POSTGRES) {
                assertThat(reflect(fresh)).as(Files.readString(file)).isEqualTo(before);
                return;
            }
            // PostgreSQL prints a re-created check condition with its casts moved ("'a'::character
            // varying::text" for "ARRAY[...]::text[]"): the conditions are compared by what they refuse
            assertThat(withCheckNamesOnly(reflect(fresh)))
                    .as(Files.readString(file))
                    .isEqualTo(withCheckNamesOnly(before));
            fresh.execute("INSERT INTO customer (email) VALUES ('ada@example.com')");
            assertThatThrownBy(() ->
                            fresh.execute("INSERT INTO customer (email, status) VALUES ('bob@example.com', 'gone')"))
                    .hasMessageContaining("ck_customer_status");
            assertThatThrownBy(() -> fresh.execute("INSERT INTO purchase (customer_id, placed_on, total) "
                            + "VALUES (1, DATE '2026-01-01', -1)"))
                    .hasMessageContaining("ck_purchase_total");
        }
    }

    @Test
    void aJavaBaselineCompilesAndUpgradesAFreshDatabase() throws Exception {
        try (ScratchDatabase original = TestDatabases.create(TestDatabase.H2);
                ScratchDatabase fresh = TestDatabases.create(TestDatabase.H2)) {
            original.execute(handMadeSchema(TestDatabase.H2));
            Path sources = folder.resolve("src");
            Path file = baseline(engine(original, folder.resolve("sql")), RevisionFormat.JAVA, sources)
                    .baseline("existing schema", ID, null);
            String className = file.getFileName().toString().replace(".java", "");
            Path classes = Files.createDirectories(folder.resolve("classes"));
            JavaCompilation.compileInto(
                    Files.readString(file), "db.migrations", className, folder.resolve("work"), classes);
            try (URLClassLoader loader = new URLClassLoader(
                    new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                Migrate stamped = Migrate.configure()
                        .dataSource(original.dataSource())
                        .classLoader(loader)
                        .locations("classpath:db/migrations")
                        .load();
                assertThat(stamped.current()).containsExactly(ID);
                assertThat(stamped.pending()).isEmpty();
                Migrate upgraded = Migrate.configure()
                        .dataSource(fresh.dataSource())
                        .classLoader(loader)
                        .locations("classpath:db/migrations")
                        .load();
                upgraded.upgrade("heads");
            }
            assertThat(reflect(fresh)).isEqualTo(reflect(original));
        }
    }

    @Test
    void refusesADatabaseMigrateAlreadyManages() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            Path sql = Files.createDirectories(folder.resolve("sql"));
            Files.writeString(sql.resolve("a.sql"), ACCOUNT_REVISION);
            Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("filesystem:" + sql)
                    .load()
                    .upgrade("heads");
            Path versions = folder.resolve("versions");
            assertThatThrownBy(() -> baseline(engine(db, versions), RevisionFormat.SQL, versions)
                            .baseline("x", null, null))
                    .isInstanceOf(MigrateException.class)
                    .isNotInstanceOf(BadInputException.class)
                    .hasMessageContaining("already managed by migrate")
                    .hasMessageContaining("aaaa00000001");
            assertThat(versions).isEmptyDirectory();
        }
    }

    @Test
    void refusesAProjectThatAlreadyHasRevisionsAndPointsToStamp() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            db.execute("CREATE TABLE account (id INT PRIMARY KEY)");
            Path versions = Files.createDirectories(folder.resolve("versions"));
            Files.writeString(versions.resolve("a.sql"), ACCOUNT_REVISION);
            assertThatThrownBy(() -> baseline(engine(db, versions), RevisionFormat.SQL, versions)
                            .baseline("x", null, null))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(versions.resolve("a.sql").toString())
                    .hasMessageContaining("stamp");
            try (Stream<Path> files = Files.list(versions)) {
                assertThat(files).hasSize(1);
            }
            assertThat(engine(db, versions).current()).isEmpty();
        }
    }

    @Test
    void refusesAnEmptyDatabase() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            Path versions = folder.resolve("versions");
            assertThatThrownBy(() -> baseline(engine(db, versions), RevisionFormat.SQL, versions)
                            .baseline("x", null, null))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("no tables or sequences");
            assertThat(versions).isEmptyDirectory();
        }
    }

    /** What teams have before they adopt migrate: a schema written in the database's own SQL. */
    private static String[] handMadeSchema(TestDatabase kind) {
        String identity =
                switch (kind) {
                    case MARIADB -> "BIGINT NOT NULL AUTO_INCREMENT";
                    default -> "BIGINT GENERATED BY DEFAULT AS IDENTITY";
                };
        String customer = """
                CREATE TABLE customer (
                    id %s PRIMARY KEY,
                    email VARCHAR(200) NOT NULL%s,
                    name VARCHAR(100) DEFAULT 'anonymous' NOT NULL,
                    status VARCHAR(20) DEFAULT 'active' NOT NULL,
                    score INT DEFAULT 0,
                    created_at TIMESTAMP%s DEFAULT CURRENT_TIMESTAMP%s NOT NULL,
                    CONSTRAINT uq_customer_email UNIQUE (email),
                    CONSTRAINT ck_customer_status CHECK (status IN ('active', 'closed')))%s""".formatted(
                        identity,
                        kind == TestDatabase.MARIADB ? " COMMENT 'login address'" : "",
                        kind == TestDatabase.MARIADB ? "(6)" : "",
                        kind == TestDatabase.MARIADB ? "(6)" : "",
                        kind == TestDatabase.MARIADB ? " COMMENT 'people who buy'" : "");
        String purchase = """
                CREATE TABLE purchase (
                    id %s PRIMARY KEY,
                    customer_id BIGINT NOT NULL,
                    placed_on DATE NOT NULL,
                    total DECIMAL(10, 2) DEFAULT 0 NOT NULL,
                    reference VARCHAR(40),
                    CONSTRAINT fk_purchase_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
                    CONSTRAINT ck_purchase_total CHECK (total >= 0))""".formatted(identity);
        String line = """
                CREATE TABLE purchase_line (
                    purchase_id BIGINT NOT NULL,
                    line_no INT NOT NULL,
                    product VARCHAR(80) NOT NULL,
                    quantity INT DEFAULT 1 NOT NULL,
                    CONSTRAINT pk_purchase_line PRIMARY KEY (purchase_id, line_no),
                    CONSTRAINT fk_line_purchase FOREIGN KEY (purchase_id) REFERENCES purchase (id))""";
        String sequence = "CREATE SEQUENCE invoice_number START WITH 1000 INCREMENT BY 5";
        List<String> common = List.of(
                sequence,
                customer,
                purchase,
                line,
                "CREATE INDEX ix_purchase_customer_placed ON purchase (customer_id, placed_on)",
                "CREATE UNIQUE INDEX ux_purchase_reference ON purchase (reference)",
                "CREATE INDEX ix_line_product ON purchase_line (product, quantity)");
        if (kind == TestDatabase.MARIADB) {
            return common.toArray(String[]::new);
        }
        return Stream.concat(
                        common.stream(),
                        Stream.of(
                                "COMMENT ON TABLE customer IS 'people who buy'",
                                "COMMENT ON COLUMN customer.email IS 'login address'"))
                .toArray(String[]::new);
    }

    private BaselineCommand baseline(Migrate migrate, RevisionFormat format, Path versions) {
        RevisionFileSettings files =
                new RevisionFileSettings(null, List.of(versions), format, "db.migrations", FileNameTemplate.defaults());
        return new BaselineCommand(
                () -> migrate,
                files,
                new Console(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        false));
    }

    private static Migrate engine(ScratchDatabase db, Path versions) throws IOException {
        Files.createDirectories(versions);
        return Migrate.configure()
                .dataSource(db.dataSource())
                .locations("filesystem:" + versions)
                .load();
    }

    /** The model with each check constraint's name but not its printed condition. */
    private static SchemaModel withCheckNamesOnly(SchemaModel model) {
        return new SchemaModel(
                model.tables().stream()
                        .map(table -> table.withCheckConstraints(table.checkConstraints().stream()
                                .map(c -> new CheckConstraint(c.name(), "..."))
                                .toList()))
                        .toList(),
                model.sequences());
    }

    private static SchemaModel reflect(ScratchDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return Dialect.of(connection)
                    .reflector()
                    .reflect(connection, Autogenerate.reflectionFilter(dev.migrate.MigrateSettings.defaults()));
        }
    }
}
