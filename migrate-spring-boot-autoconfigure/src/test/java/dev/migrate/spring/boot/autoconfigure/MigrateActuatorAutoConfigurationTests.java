package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrationListener;
import dev.migrate.spring.boot.actuate.MigrateHealthIndicator;
import dev.migrate.spring.boot.actuate.MigrationMetricsListener;
import dev.migrate.spring.boot.actuate.MigrationObservationListener;
import dev.migrate.spring.boot.actuate.MigrationRevisionMetrics;
import dev.migrate.spring.boot.actuate.MigrationsEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.EmbeddedDataSourceConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tests for the endpoint, health, metrics and observation auto-configurations: which beans
 * exist when. What they report is tested against real databases elsewhere.
 */
class MigrateActuatorAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    MigrateAutoConfiguration.class,
                    MigrateEndpointAutoConfiguration.class,
                    MigrateHealthContributorAutoConfiguration.class,
                    MigrateMetricsAutoConfiguration.class,
                    MigrateObservationAutoConfiguration.class))
            .withUserConfiguration(
                    EmbeddedDataSourceConfiguration.class, MigrateAutoConfigurationTests.RecordingStrategy.class)
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void endpointIsAbsentUntilTheApplicationExposesIt() {
        this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointIsThereWhenExposed() {
        this.contextRunner
                .withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
    }

    @Test
    void endpointBacksOffWithoutARunner() {
        this.contextRunner
                .withPropertyValues("management.endpoints.web.exposure.include=migrations", "migrate.enabled=false")
                .run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void healthIndicatorIsThereByDefault() {
        this.contextRunner.run((context) ->
                assertThat(context).hasSingleBean(MigrateHealthIndicator.class).hasBean("migrateHealthContributor"));
    }

    @Test
    void healthIndicatorCanBeDisabled() {
        this.contextRunner
                .withPropertyValues("management.health.migrate.enabled=false")
                .run((context) -> assertThat(context).doesNotHaveBean("migrateHealthContributor"));
    }

    @Test
    void metersAndObservationsNeedTheirRegistries() {
        this.contextRunner.run((context) -> assertThat(context)
                .doesNotHaveBean(MigrationMetricsListener.class)
                .doesNotHaveBean(MigrationRevisionMetrics.class)
                .doesNotHaveBean(MigrationObservationListener.class));
    }

    @Test
    void listenersExistWhenTheirRegistriesDo() {
        this.contextRunner.withUserConfiguration(RegistriesConfiguration.class).run((context) -> {
            assertThat(context)
                    .hasSingleBean(MigrationMetricsListener.class)
                    .hasSingleBean(MigrationRevisionMetrics.class)
                    .hasSingleBean(MigrationObservationListener.class)
                    .hasSingleBean(Migrate.class);
            // the meters', the observations' and the startup log's
            assertThat(context.getBeansOfType(MigrationListener.class)).hasSize(3);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class RegistriesConfiguration {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        ObservationRegistry observationRegistry() {
            return ObservationRegistry.create();
        }
    }
}
