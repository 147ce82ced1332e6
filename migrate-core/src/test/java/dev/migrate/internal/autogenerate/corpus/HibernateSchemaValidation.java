package dev.migrate.internal.autogenerate.corpus;

import dev.migrate.internal.autogenerate.hibernate.SpringImplicitNaming;
import dev.migrate.internal.autogenerate.hibernate.SpringPhysicalNaming;
import dev.migrate.testing.ScratchDatabase;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own verdict on a database: what {@code spring.jpa.hibernate.ddl-auto=validate}
 * runs when an application starts (its {@code SchemaValidator}, through the
 * {@code SchemaManagementTool}), with Spring Boot's naming, over the given entities.
 */
final class HibernateSchemaValidation {

    private HibernateSchemaValidation() {}

    /** Throws Hibernate's {@code SchemaManagementException} when the database does not fit the entities. */
    static void validate(List<Class<?>> entities, ScratchDatabase db) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource())
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(new SpringPhysicalNaming())
                    .applyImplicitNamingStrategy(new SpringImplicitNaming())
                    .build();
            Map<String, Object> settings =
                    registry.requireService(ConfigurationService.class).getSettings();
            registry.requireService(SchemaManagementTool.class)
                    .getSchemaValidator(settings)
                    .doValidation(
                            metadata,
                            SchemaManagementToolCoordinator.buildExecutionOptions(
                                    settings, ExceptionHandlerHaltImpl.INSTANCE),
                            ContributableMatcher.ALL);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
