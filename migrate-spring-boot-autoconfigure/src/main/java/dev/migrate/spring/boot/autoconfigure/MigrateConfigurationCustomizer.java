package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;

/**
 * Adjusts the auto-configured {@link Migrate.Builder} after the {@code migrate.*} properties are
 * applied and before the scripts are loaded; beans of this type are called in order.
 */
@FunctionalInterface
public interface MigrateConfigurationCustomizer {

    /**
     * Customizes the builder.
     * @param builder the builder that will load the runner
     */
    void customize(Migrate.Builder builder);
}
