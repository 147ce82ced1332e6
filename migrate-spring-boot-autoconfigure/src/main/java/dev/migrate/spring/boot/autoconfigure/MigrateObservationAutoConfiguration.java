package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.actuate.MigrationObservationListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of one Micrometer observation per applied
 * revision.
 */
@AutoConfiguration(
        after = MigrateAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({Migrate.class, ObservationRegistry.class})
@ConditionalOnBean({Migrate.class, ObservationRegistry.class})
public final class MigrateObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationObservationListener migrationObservationListener(ObservationRegistry registry) {
        return new MigrationObservationListener(registry);
    }
}
