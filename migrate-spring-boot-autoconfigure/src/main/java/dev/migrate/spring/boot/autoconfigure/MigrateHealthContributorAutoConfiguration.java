package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.actuate.MigrateHealthIndicator;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link MigrateHealthIndicator}, one per
 * runner bean; {@code management.health.migrate.enabled=false} turns it off.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({Migrate.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(Migrate.class)
@ConditionalOnEnabledHealthIndicator("migrate")
// A command reports on its own; nothing reads health or meters in command mode.
@ConditionalOnBooleanProperty(name = MigrateCommandMode.ACTIVE_PROPERTY, havingValue = false, matchIfMissing = true)
public final class MigrateHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = {"migrateHealthIndicator", "migrateHealthContributor"})
    HealthContributor migrateHealthContributor(
            Map<String, Migrate> runners, ObjectProvider<SchemaCheckOnStartup> schemaCheck) {
        if (runners.size() == 1) {
            SchemaCheckOnStartup check = schemaCheck.getIfAvailable();
            return new MigrateHealthIndicator(
                    runners.values().iterator().next(), (check != null) ? check::result : () -> null);
        }
        return CompositeHealthContributor.fromMap(runners, MigrateHealthIndicator::new);
    }
}
