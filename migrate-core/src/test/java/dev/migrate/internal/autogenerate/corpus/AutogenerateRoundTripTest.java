package dev.migrate.internal.autogenerate.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.CheckResult;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.compare.Diff;
import dev.migrate.internal.autogenerate.fixtures.changes.Articles;
import dev.migrate.internal.autogenerate.hibernate.HibernateModel;
import dev.migrate.internal.autogenerate.render.JavaCompilation;
import dev.migrate.internal.autogenerate.render.RevisionInfo;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus case on every database: autogenerate the "before" model into an empty database
 * (a SQL revision), upgrade; autogenerate the change (a Java revision), compile it, upgrade;
 * {@code check} finds nothing; where the case is written as entities, Hibernate's own schema
 * validation accepts the database; downgrade one step; the database reflects as it did before;
 * and upgrading again leaves nothing to check.
 */
class AutogenerateRoundTripTest {

    private static final String PACKAGE = "autogen.e2e";

    @TempDir
    Path work;

    static List<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (TestDatabase db : List.of(TestDatabase.POSTGRES, TestDatabase.MARIADB, TestDatabase.H2)) {
            for (ModelChange change : Corpus.cases()) {
                all.add(Arguments.of(db, change));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void theGeneratedRevisionRunsBothWaysAndLeavesNothingToCheck(TestDatabase kind, ModelChange change)
            throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            String dialect = kind.dialectName();
            SchemaModel before = change.before().apply(dialect);
            SchemaModel after = change.after().apply(dialect);
            Path classes = Files.createDirectories(work.resolve("classes"));
            Path revisions = Files.createDirectories(classes.resolve(PACKAGE.replace('.', '/')));

            List<String> parents = List.of();
            Optional<Path> first = Autogenerate.writeRevision(
                    migrate(db, classes),
                    before,
                    CompareOptions.defaults(),
                    info("000000000001", parents, "R000000000001_Before"),
                    RevisionFormat.SQL,
                    revisions);
            if (first.isPresent()) {
                migrate(db, classes).upgrade("heads");
                parents = List.of("000000000001");
            }
            assertThat(Autogenerate.check(migrate(db, classes), before, CompareOptions.defaults())
                            .differences())
                    .as("the database is at the 'before' model")
                    .isEmpty();
            SchemaModel reflectedBefore = reflect(db, classes);

            Diff diff = Autogenerate.compare(migrate(db, classes), after, CompareOptions.defaults());
            assertThat(diff.isEmpty()).as("the change is seen").isFalse();
            RevisionInfo second = info("000000000002", parents, "R000000000002_Change");
            String source = Autogenerate.render(diff, second, RevisionFormat.JAVA, Dialect.named(dialect));
            JavaCompilation.compileInto(source, PACKAGE, second.className(), work, classes);

            Migrate migrate = migrate(db, classes);
            migrate.upgrade("heads");
            CheckResult check = Autogenerate.check(migrate, after, CompareOptions.defaults());
            assertThat(check.differences())
                    .as("check after the upgrade; revision:\n" + source)
                    .isEmpty();
            assertThat(check.exitCode()).isZero();
            if (!change.afterEntities().isEmpty()) {
                assertThatCode(() -> HibernateSchemaValidation.validate(change.afterEntities(), db))
                        .as("Hibernate's ddl-auto=validate accepts the upgraded database; revision:\n" + source)
                        .doesNotThrowAnyException();
            }

            migrate.downgrade("-1");
            assertThat(reflect(db, classes))
                    .as("the downgrade restores the schema; revision:\n" + source)
                    .isEqualTo(reflectedBefore);
            assertThatThrownBy(() -> Autogenerate.compare(migrate(db, classes), after, CompareOptions.defaults()))
                    .hasMessage(Autogenerate.NOT_UP_TO_DATE);

            migrate(db, classes).upgrade("heads");
            assertThat(Autogenerate.check(migrate(db, classes), after, CompareOptions.defaults())
                            .differences())
                    .as("check after upgrading again; revision:\n" + source)
                    .isEmpty();
        }
    }

    /** Hibernate's validation is a real check here: it refuses the database before the change. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void hibernateValidationRefusesTheDatabaseBeforeTheChange(TestDatabase kind, @TempDir Path classes)
            throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Path revisions = Files.createDirectories(classes.resolve(PACKAGE.replace('.', '/')));
            SchemaModel base = HibernateModel.fromEntities(List.of(Articles.Base.class), kind.dialectName());
            Autogenerate.writeRevision(
                    migrate(db, classes),
                    base,
                    CompareOptions.defaults(),
                    info("000000000001", List.of(), "R000000000001_Base"),
                    RevisionFormat.SQL,
                    revisions);
            migrate(db, classes).upgrade("heads");

            assertThatCode(() -> HibernateSchemaValidation.validate(List.of(Articles.Base.class), db))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> HibernateSchemaValidation.validate(List.of(Articles.NewColumns.class), db))
                    .hasMessageContaining("missing column");
        }
    }

    private static RevisionInfo info(String id, List<String> parents, String className) {
        return new RevisionInfo(id, parents, "corpus", PACKAGE, className, LocalDateTime.of(2026, 1, 1, 0, 0));
    }

    private static Migrate migrate(ScratchDatabase db, Path classes) throws Exception {
        ClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, AutogenerateRoundTripTest.class.getClassLoader());
        return Migrate.configure()
                .dataSource(db.dataSource())
                .classLoader(loader)
                .locations("classpath:" + PACKAGE.replace('.', '/'))
                .load();
    }

    private static SchemaModel reflect(ScratchDatabase db, Path classes) throws Exception {
        try (Connection connection = db.connect()) {
            Dialect dialect = Dialect.of(connection);
            return dialect.reflector()
                    .reflect(
                            connection,
                            Autogenerate.reflectionFilter(migrate(db, classes).settings()));
        }
    }
}
