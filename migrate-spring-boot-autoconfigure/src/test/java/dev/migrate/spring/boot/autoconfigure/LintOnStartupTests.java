package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.actuate.MigrationsEndpoint;
import dev.migrate.spring.boot.actuate.PendingLint;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;

/**
 * {@code migrate.lint-on-startup} and lint in {@code /actuator/migrations}: the pending revision
 * of {@code db/lintstartup} adds NOT NULL to {@code person}, which holds more rows than the
 * threshold, so lint calls it an error.
 */
@ExtendWith(OutputCaptureExtension.class)
class LintOnStartupTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
            .withPropertyValues("migrate.locations=classpath:db/lintstartup", "migrate.lint-large-table-rows=3");

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "H2"})
    void failRefusesToStartBeforeAnythingRuns(TestDatabase kind) {
        try (ScratchDatabase database = personWithRows(kind)) {
            this.contextRunner
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues("migrate.lint-on-startup=fail")
                    .run((context) -> assertThat(context)
                            .getFailure()
                            .hasMessageContaining("migrate.lint-on-startup=fail")
                            .hasMessageContaining(
                                    "error [set-not-null] ALTER TABLE person ALTER COLUMN name SET NOT NULL")
                            .hasMessageContaining("Table person: about 5 rows"));
            assertThat(Migrate.configure()
                            .dataSource(database.dataSource())
                            .locations("classpath:db/lintstartup")
                            .load()
                            .current())
                    .isEmpty();
        }
    }

    @Test
    void warnLogsTheFindingsAndUpgrades(CapturedOutput output) {
        try (ScratchDatabase database = personWithRows(TestDatabase.H2)) {
            this.contextRunner
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues("migrate.lint-on-startup=warn")
                    .run((context) -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(Migrate.class).current()).containsExactly("ls01");
                    });
            assertThat(output).contains("Lint error [set-not-null] in revision ls01");
        }
    }

    @Test
    void theEndpointShowsLintForPendingRevisions() {
        try (ScratchDatabase database = personWithRows(TestDatabase.H2)) {
            Migrate migrate = Migrate.configure()
                    .dataSource(database.dataSource())
                    .locations("classpath:db/lintstartup")
                    .lintLargeTableRows(3)
                    .load();
            try (GenericApplicationContext context = new GenericApplicationContext()) {
                context.registerBean("migrate", Migrate.class, () -> migrate);
                context.refresh();
                Map<String, MigrationsEndpoint.ContextMigrationsDescriptor> contexts =
                        new MigrationsEndpoint(context).migrations().contexts();
                PendingLint lint = contexts.values()
                        .iterator()
                        .next()
                        .runners()
                        .get("migrate")
                        .lint();
                assertThat(lint.failed()).isTrue();
                assertThat(lint.findings()).singleElement().satisfies((finding) -> {
                    assertThat(finding.rule()).isEqualTo("set-not-null");
                    assertThat(finding.severity()).isEqualTo("error");
                    assertThat(finding.rows()).isEqualTo(5L);
                    assertThat(finding.revision()).isEqualTo("ls01");
                });
                migrate.upgrade("heads");
                assertThat(new MigrationsEndpoint(context)
                                .migrations()
                                .contexts()
                                .values()
                                .iterator()
                                .next()
                                .runners()
                                .get("migrate")
                                .lint()
                                .findings())
                        .isEmpty();
            }
        }
    }

    private static ScratchDatabase personWithRows(TestDatabase kind) {
        ScratchDatabase database = TestDatabases.create(kind);
        database.execute(
                "CREATE TABLE person (id INT PRIMARY KEY, name VARCHAR(40))",
                "INSERT INTO person (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e')");
        if (kind == TestDatabase.POSTGRES) {
            database.execute("ANALYZE person");
        }
        return database;
    }
}
