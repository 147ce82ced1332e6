package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.actuate.MigrateHealthIndicator;
import dev.migrate.spring.boot.drift.RecordingIntegratorProvider;
import dev.migrate.spring.boot.library.Library;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * {@code migrate.check-on-startup} on each real database: the revisions of {@code db/library}
 * create {@code book} without the {@code isbn} column that the drifted entity maps.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaCheckOnStartupTests {

    private static final String ISBN_MISSING = "table 'book': column 'isbn'";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class,
                    MigrateAutoConfiguration.class,
                    MigrateHealthContributorAutoConfiguration.class))
            .withPropertyValues("migrate.locations=" + Library.LOCATION);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void warnLogsEachDifferenceStartsAndShowsTheDriftInHealth(TestDatabase kind, CapturedOutput output) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            this.contextRunner
                    .withUserConfiguration(DriftedEntities.class)
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues("migrate.check-on-startup=warn")
                    .run((context) -> {
                        assertThat(context).hasNotFailed();
                        List<String> drift = context.getBean(SchemaCheckOnStartup.class)
                                .result()
                                .differences();
                        assertThat(drift)
                                .singleElement()
                                .asString()
                                .startsWith(ISBN_MISSING)
                                .endsWith("missing in database");
                        assertThat(output).contains("Schema drift: " + drift.get(0));
                        Health health =
                                context.getBean(MigrateHealthIndicator.class).health(true);
                        assertThat(health.getStatus()).isEqualTo(Status.UP);
                        assertThat(health.getDetails())
                                .containsEntry("schemaDrift", drift)
                                .containsEntry("upToDate", true);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failRefusesToStartAndListsTheDifferences(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            this.contextRunner
                    .withUserConfiguration(DriftedEntities.class)
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues("migrate.check-on-startup=fail")
                    .run((context) -> assertThat(context)
                            .getFailure()
                            .isInstanceOf(SchemaCheckOnStartup.SchemaDriftException.class)
                            .hasMessageContaining("migrate.check-on-startup=fail")
                            .hasMessageContaining(ISBN_MISSING));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failStartsWhenTheMappingMatchesTheRevisions(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            this.contextRunner
                    .withUserConfiguration(MigrateBeforeJpaTests.LibraryConfiguration.class)
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues("migrate.check-on-startup=fail")
                    .run((context) -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(SchemaCheckOnStartup.class)
                                        .result()
                                        .isClean())
                                .isTrue();
                        assertThat(context.getBean(MigrateHealthIndicator.class)
                                        .health(true)
                                        .getDetails())
                                .containsEntry("schemaDrift", List.of());
                    });
        }
    }

    @Test
    void offByDefaultSoTheMappingIsNotKept(CapturedOutput output) {
        try (ScratchDatabase database = TestDatabases.create(TestDatabase.H2)) {
            this.contextRunner
                    .withUserConfiguration(DriftedEntities.class)
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .run((context) -> {
                        assertThat(context)
                                .hasNotFailed()
                                .doesNotHaveBean(SchemaCheckOnStartup.class)
                                .doesNotHaveBean(MetadataCaptureHibernatePropertiesCustomizer.class);
                        assertThat(context.getBean(MigrateHealthIndicator.class)
                                        .health(true)
                                        .getDetails())
                                .doesNotContainKey("schemaDrift");
                        assertThat(output).doesNotContain("Schema drift");
                    });
        }
    }

    @Test
    void theApplicationsOwnIntegratorProviderStillRuns() {
        int before = RecordingIntegratorProvider.INTEGRATED.get();
        try (ScratchDatabase database = TestDatabases.create(TestDatabase.H2)) {
            this.contextRunner
                    .withUserConfiguration(DriftedEntities.class)
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues(
                            "migrate.check-on-startup=warn",
                            "spring.jpa.properties.hibernate.integrator_provider="
                                    + RecordingIntegratorProvider.class.getName())
                    .run((context) -> {
                        assertThat(context).hasNotFailed();
                        assertThat(RecordingIntegratorProvider.INTEGRATED.get()).isEqualTo(before + 1);
                        assertThat(context.getBean(SchemaCheckOnStartup.class)
                                        .result()
                                        .differences())
                                .singleElement()
                                .asString()
                                .startsWith(ISBN_MISSING);
                    });
        }
    }

    @Test
    void aWrongCheckOnStartupValueIsRefusedNamingTheProperty() {
        this.contextRunner
                .withUserConfiguration(DriftedEntities.class)
                .withPropertyValues("spring.datasource.generate-unique-name=true", "migrate.check-on-startup=maybe")
                .run((context) -> assertThat(context)
                        .getFailure()
                        .hasStackTraceContaining("Failed to bind properties under 'migrate.check-on-startup'"));
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = dev.migrate.spring.boot.drift.Book.class)
    static class DriftedEntities {}
}
