package dev.migrate.cli;

import dev.migrate.schema.SchemaModel;

/**
 * Supplies the schema that {@code check} and {@code revision --autogenerate} compare the database
 * with when no {@code --entities} is given: Spring Boot's command mode hands over the mapping of
 * the application's own EntityManagerFactory.
 */
@FunctionalInterface
public interface TargetModelSource {

    /** The target schema; called once per command, after the engine exists. */
    SchemaModel targetModel();
}
