package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;

/**
 * Replaces what the application does with its database at startup; register one as a bean to
 * wrap the upgrade (log, check, skip) or to do something else entirely.
 */
@FunctionalInterface
public interface MigrateStrategy {

    /**
     * Brings the database to where the application expects it at startup.
     * @param migrate the configured runner
     * @param target the revision from {@code migrate.target}
     */
    void migrate(Migrate migrate, String target);
}
