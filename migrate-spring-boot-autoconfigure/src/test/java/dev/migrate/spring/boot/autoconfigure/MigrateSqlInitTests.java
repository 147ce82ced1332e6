package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.spring.boot.library.Library;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Boot's {@code spring.sql.init} with the starter: a {@code schema.sql} that Boot would run after the
 * upgrade is refused before anything runs, naming the property to change; {@code data.sql} loads its
 * rows after the upgrade. On H2 (embedded, where Boot runs scripts by default) and on PostgreSQL
 * (where it runs them with {@code spring.sql.init.mode=always}).
 */
class MigrateSqlInitTests {

    private static final String SCHEMA =
            "DROP TABLE IF EXISTS book;\nCREATE TABLE book (id BIGINT PRIMARY KEY, " + "title VARCHAR(50) NOT NULL);\n";

    private static final String DATA = "INSERT INTO book (id, title, author) VALUES (1, 'Dune', 'Herbert');\n"
            + "INSERT INTO book (id, title, author) VALUES (2, 'Emma', 'Austen');\n";

    @TempDir
    Path resources;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    DataSourceInitializationAutoConfiguration.class,
                    MigrateAutoConfiguration.class))
            .withPropertyValues("migrate.locations=" + Library.LOCATION);

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"H2", "POSTGRES"})
    void aSchemaScriptThatBootWouldRunIsRefusedBeforeTheUpgrade(TestDatabase kind) throws Exception {
        write("schema.sql", SCHEMA);
        write("data.sql", DATA);
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            runner(database, kind).run((context) -> {
                assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(BadInputException.class)
                        .hasMessageContaining("spring.sql.init would run file:")
                        .hasMessageContaining("/schema.sql after migrate upgraded the database")
                        .hasMessageContaining("set spring.sql.init.schema-locations= (empty)")
                        .hasMessageContaining("Data scripts (data.sql) still run, after migrate.");
            });
            assertThat(tables(database)).as("nothing ran").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"H2", "POSTGRES"})
    void aMigrateUrlNamingTheApplicationsOwnDatabaseIsRefusedTheSame(TestDatabase kind) throws Exception {
        write("schema.sql", SCHEMA);
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            // MIGRATE_URL exported for the CLI on the application's host binds to migrate.url.
            runner(database, kind)
                    .withPropertyValues("migrate.url=" + database.url())
                    .run((context) -> {
                        assertThat(context)
                                .getFailure()
                                .rootCause()
                                .isInstanceOf(BadInputException.class)
                                .hasMessageContaining("/schema.sql after migrate upgraded the database");
                    });
            assertThat(tables(database)).as("nothing ran").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"H2", "POSTGRES"})
    void dataScriptsLoadTheirRowsAfterTheUpgrade(TestDatabase kind) throws IOException {
        write("data.sql", DATA);
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            runner(database, kind).run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(Migrate.class).current()).containsExactly(Library.HEAD);
                assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                                .queryForList("SELECT author FROM book ORDER BY id", String.class))
                        .containsExactly("Herbert", "Austen");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"H2", "POSTGRES"})
    void anEmptySchemaLocationsKeepsTheDataScriptsAndLeavesTheSchemaToMigrate(TestDatabase kind) throws IOException {
        write("schema.sql", SCHEMA);
        write("data.sql", DATA);
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            runner(database, kind)
                    .withPropertyValues("spring.sql.init.schema-locations=")
                    .run((context) -> {
                        assertThat(context).hasNotFailed();
                        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
                        assertThat(jdbc.queryForList("SELECT author FROM book ORDER BY id", String.class))
                                .as("the revisions' table, with the column schema.sql lacks")
                                .containsExactly("Herbert", "Austen");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES"})
    void aSchemaScriptThatBootWouldNotRunIsNoConcern(TestDatabase kind) throws IOException {
        write("schema.sql", SCHEMA);
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            // PostgreSQL is not embedded: without mode=always Boot runs no script.
            this.contextRunner
                    .withClassLoader(classLoader())
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .run((context) -> assertThat(context).hasNotFailed());
        }
    }

    private ApplicationContextRunner runner(ScratchDatabase database, TestDatabase kind) throws IOException {
        ApplicationContextRunner runner = this.contextRunner
                .withClassLoader(classLoader())
                .withPropertyValues(MigrateBeforeJpaTests.datasource(database));
        return (kind == TestDatabase.H2) ? runner : runner.withPropertyValues("spring.sql.init.mode=always");
    }

    /** The test's class path and the folder of the scripts, where Boot finds classpath*:schema.sql. */
    private ClassLoader classLoader() throws IOException {
        return new URLClassLoader(
                new URL[] {this.resources.toUri().toURL()}, getClass().getClassLoader());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(this.resources.resolve(name), content);
    }

    private static List<String> tables(ScratchDatabase database) throws Exception {
        try (var connection = database.connect();
                var rows = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
            return names;
        }
    }
}
