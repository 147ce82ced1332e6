package dev.migrate.bench;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own schema validation ({@code hibernate.hbm2ddl.auto=validate}, what Spring Boot's
 * {@code ddl-auto=validate} runs at start-up) of a set of entities against a database: the
 * mapping is built once, {@link #validate()} is the part that reads the database and compares.
 */
final class HibernateValidation implements AutoCloseable {

    private final StandardServiceRegistry registry;
    private final Metadata metadata;

    HibernateValidation(List<Class<?>> entities, DataSource dataSource) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(entities.get(0).getClassLoader())
                .build();
        registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        for (Class<?> entity : entities) {
            sources.addAnnotatedClass(entity);
        }
        metadata = sources.buildMetadata();
    }

    /** Reads the database and compares it with the mapping; throws what Hibernate throws on a mismatch. */
    void validate() {
        Map<String, Object> settings =
                registry.requireService(ConfigurationService.class).getSettings();
        SchemaManagementTool tool = registry.requireService(SchemaManagementTool.class);
        tool.getSchemaValidator(settings)
                .doValidation(
                        metadata,
                        SchemaManagementToolCoordinator.buildExecutionOptions(
                                settings, ExceptionHandlerHaltImpl.INSTANCE),
                        ContributableMatcher.ALL);
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
