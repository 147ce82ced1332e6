package dev.migrate.spring.boot.autoconfigure;

import javax.sql.DataSource;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.actuate.MigrationsEndpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for {@link MigrationsEndpoint}; like every
 * endpoint but health, it is reachable only once the application exposes it.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ Migrate.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrateEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Migrate.class)
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(ApplicationContext context,
            ObjectProvider<MigrateSchemaManagementProvider> autoConfigured) {
        return new MigrationsEndpoint(context, (migrate) -> dataSourceOf(migrate, context, autoConfigured));
    }

    // The facade does not tell its DataSource; the auto-configured runner's is known here.
    private static DataSource dataSourceOf(Migrate migrate, ApplicationContext context,
            ObjectProvider<MigrateSchemaManagementProvider> autoConfigured) {
        MigrateSchemaManagementProvider provider = autoConfigured.getIfAvailable();
        if (provider == null || !context.containsBean("migrate") || context.getBean("migrate") != migrate) {
            return null;
        }
        return provider.managedDataSource();
    }

}
