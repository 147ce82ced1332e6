package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.schema.SchemaModel;

/**
 * The schema the application's JPA mapping describes, for {@code migrate.check-on-startup} and
 * command mode's {@code check} and {@code revision --autogenerate}. Its signature names no
 * Hibernate or JPA type, so that command mode loads in an application without them.
 */
@FunctionalInterface
interface ApplicationEntityModel {

    /**
     * Reads the model.
     * @param purpose what needs the model, named in the error when there is none
     * @return the model
     */
    SchemaModel read(String purpose);
}
