package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.actuate.MigrationsEndpoint;
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
@ConditionalOnClass({Migrate.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrateEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Migrate.class)
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(ApplicationContext context) {
        return new MigrationsEndpoint(context);
    }
}
