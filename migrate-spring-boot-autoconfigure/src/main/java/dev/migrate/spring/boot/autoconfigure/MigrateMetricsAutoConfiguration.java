package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.actuate.MigrationMetricsListener;
import dev.migrate.spring.boot.actuate.MigrationRevisionMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of migrate's Micrometer meters: timers of
 * runs and lock waits, gauges of applied and pending revisions.
 */
@AutoConfiguration(
        after = MigrateAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({Migrate.class, MeterRegistry.class})
@ConditionalOnBean({Migrate.class, MeterRegistry.class})
// A command reports on its own; nothing reads health or meters in command mode.
@ConditionalOnBooleanProperty(name = MigrateCommandMode.ACTIVE_PROPERTY, havingValue = false, matchIfMissing = true)
public final class MigrateMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationMetricsListener migrationMetricsListener(MeterRegistry registry) {
        return new MigrationMetricsListener(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationRevisionMetrics migrationRevisionMetrics(Map<String, Migrate> runners) {
        return new MigrationRevisionMetrics(runners);
    }
}
