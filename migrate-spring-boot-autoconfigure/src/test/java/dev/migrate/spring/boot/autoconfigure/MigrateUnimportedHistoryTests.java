package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.spring.boot.library.Library;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * An application that replaced Flyway or Liquibase with the starter and boots against a database the
 * old tool built: the start is refused before any revision runs, naming {@code migrate import … --stamp};
 * once the database is stamped it starts.
 */
class MigrateUnimportedHistoryTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
            .withPropertyValues("migrate.locations=" + Library.LOCATION);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseFlywayManagesIsRefusedNamingTheImport(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            String q = (kind == TestDatabase.MARIADB) ? "`" : "\"";
            // the table as Flyway creates it (quoted, lower case), with the row of its first script
            database.execute(
                    "CREATE TABLE " + q + "flyway_schema_history" + q + " (" + q + "installed_rank" + q
                            + " INT NOT NULL, " + q + "version" + q + " VARCHAR(50), " + q + "script" + q
                            + " VARCHAR(1000))",
                    "INSERT INTO " + q + "flyway_schema_history" + q + " VALUES (1, '1', 'V1__init.sql')");
            this.contextRunner
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .run((context) -> {
                        assertThat(context)
                                .getFailure()
                                .rootCause()
                                .isInstanceOf(BadInputException.class)
                                .hasMessageContaining(
                                        "The database is managed by Flyway (its history table flyway_schema_history")
                                .hasMessageContaining("java -jar app.jar migrate import flyway --stamp");
                    });
            assertThat(Migrate.configure()
                            .dataSource(database.dataSource())
                            .load()
                            .current())
                    .as("no revision ran")
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseLiquibaseManagesIsRefusedAndAStampedOneStarts(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            database.execute(
                    "CREATE TABLE DATABASECHANGELOG (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, "
                            + "FILENAME VARCHAR(255) NOT NULL)",
                    "INSERT INTO DATABASECHANGELOG VALUES ('1', 'alice', 'db.xml')");
            ApplicationContextRunner runner =
                    this.contextRunner.withPropertyValues(MigrateBeforeJpaTests.datasource(database));
            runner.run((context) -> assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("The database is managed by Liquibase")
                    .hasMessageContaining(
                            "java -jar app.jar migrate import liquibase --changelog <master changelog> --stamp"));

            Migrate.configure()
                    .dataSource(database.dataSource())
                    .locations(Library.LOCATION)
                    .load()
                    .stamp(List.of(Library.HEAD), false);
            runner.run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(Migrate.class).current()).containsExactly(Library.HEAD);
            });
        }
    }
}
