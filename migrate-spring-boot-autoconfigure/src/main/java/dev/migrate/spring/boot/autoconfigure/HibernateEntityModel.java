package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.autogenerate.hibernate.HibernateModel;
import dev.migrate.internal.autogenerate.hibernate.MetadataCapturingIntegrator;
import dev.migrate.schema.SchemaModel;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The application's JPA mapping as the metadata Hibernate built for the auto-configured
 * EntityManagerFactory: its naming strategies, dialect and converters, exactly as the application
 * maps its entities.
 */
class HibernateEntityModel implements ApplicationEntityModel {

    private final ObjectProvider<EntityManagerFactory> entityManagerFactory;

    private final MetadataCapturingIntegrator integrator;

    HibernateEntityModel(
            ObjectProvider<EntityManagerFactory> entityManagerFactory, MetadataCapturingIntegrator integrator) {
        this.entityManagerFactory = entityManagerFactory;
        this.integrator = integrator;
    }

    /**
     * Reads the model, creating the EntityManagerFactory when it does not exist yet.
     */
    @Override
    public SchemaModel read(String purpose) {
        if (this.entityManagerFactory.getIfAvailable() == null) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    purpose + " compares the JPA mapping with the database, and the application "
                            + "has no EntityManagerFactory: add spring-boot-starter-data-jpa and @Entity classes.");
        }
        return this.integrator
                .metadata()
                .map(HibernateModel::read)
                .orElseThrow(() -> new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        purpose + " reads the mapping of Spring Boot's auto-configured "
                                + "EntityManagerFactory, and the application's EntityManagerFactory is its own: Hibernate did "
                                + "not report its mapping. Register " + MetadataCapturingIntegrator.class.getName()
                                + " through hibernate.integrator_provider in it."));
    }
}
