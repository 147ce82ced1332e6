package dev.migrate.internal.autogenerate.hibernate;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.schema.SchemaModel;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * The one way the launchers outside the application (the CLI and the Maven plugin) build the JPA
 * target model, the way Spring Boot and Hibernate build the application's own: Spring Boot's
 * naming strategies unless {@code spring.jpa.hibernate.naming.*} (or the Hibernate settings) name
 * others, every {@code spring.jpa.properties.*} Hibernate setting, and Bean Validation applied to
 * the columns ({@code @NotNull} → NOT NULL, {@code @Size(max)} → length) when a provider is on the
 * class path, as Hibernate's own integrator applies it when the application's EntityManagerFactory
 * starts. Command mode reads that EntityManagerFactory's metadata itself; all three end in
 * {@link HibernateModel#read(Metadata)}.
 */
public final class TargetModelBuilder {

    private static final String VALIDATION = "jakarta.validation.Validation";
    private static final String VALIDATION_MODE = "jakarta.persistence.validation.mode";
    private static final String LEGACY_VALIDATION_MODE = "javax.persistence.validation.mode";
    private static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";
    private static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";

    private TargetModelBuilder() {}

    /**
     * Maps {@code entities} for a database of {@code dialect} without connecting to it, and reads
     * the model.
     *
     * @param dialect {@code postgresql}, {@code mariadb}, {@code mysql} or {@code h2}
     */
    public static SchemaModel build(List<Class<?>> entities, String dialect, JpaSettings settings) {
        // Hibernate resolves names (converters, embeddables, targets, naming strategies) through
        // its class loader service; entities from a loader it does not know must be handed to it.
        BootstrapServiceRegistryBuilder bootstrap = new BootstrapServiceRegistryBuilder();
        List<ClassLoader> loaders = entities.stream()
                .map(Class::getClassLoader)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        loaders.forEach(bootstrap::applyClassLoader);
        StandardServiceRegistryBuilder registryBuilder = new StandardServiceRegistryBuilder(bootstrap.build());
        settings.hibernate().forEach(registryBuilder::applySetting);
        StandardServiceRegistry registry = registryBuilder
                .applySetting("hibernate.dialect", HibernateModel.hibernateDialect(dialect))
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("hibernate.temp.use_jdbc_metadata_defaults", "false")
                .applySetting("hibernate.hbm2ddl.auto", "none")
                .applySetting("jakarta.persistence.schema-generation.database.action", "none")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            MetadataBuilder builder = sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(physicalNaming(settings, loaders))
                    .applyImplicitNamingStrategy(implicitNaming(settings, loaders));
            Metadata metadata = builder.build();
            if (beanValidationApplies(settings, loaders)) {
                // Hibernate applies Bean Validation's column constraints while the session factory
                // starts (its integrators run then), exactly as in the application; nothing connects.
                try (SessionFactory started = metadata.buildSessionFactory()) {
                    return HibernateModel.read(metadata);
                }
            }
            return HibernateModel.read(metadata);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static boolean beanValidationApplies(JpaSettings settings, List<ClassLoader> loaders) {
        String mode = settings.hibernate()
                .getOrDefault(VALIDATION_MODE, settings.hibernate().getOrDefault(LEGACY_VALIDATION_MODE, "auto"));
        if (mode.strip().equalsIgnoreCase("none")) {
            return false;
        }
        return load(VALIDATION, loaders) != null;
    }

    private static PhysicalNamingStrategy physicalNaming(JpaSettings settings, List<ClassLoader> loaders) {
        String name = settings.physicalNamingStrategy() != null
                ? settings.physicalNamingStrategy()
                : settings.hibernate().get(PHYSICAL_NAMING);
        return name == null
                ? new SpringPhysicalNaming()
                : instance(
                        name, PhysicalNamingStrategy.class, loaders, "spring.jpa.hibernate.naming.physical-strategy");
    }

    private static ImplicitNamingStrategy implicitNaming(JpaSettings settings, List<ClassLoader> loaders) {
        String name = settings.implicitNamingStrategy() != null
                ? settings.implicitNamingStrategy()
                : settings.hibernate().get(IMPLICIT_NAMING);
        return name == null
                ? new SpringImplicitNaming()
                : instance(
                        name, ImplicitNamingStrategy.class, loaders, "spring.jpa.hibernate.naming.implicit-strategy");
    }

    /** Spring Boot's own strategy class names are read as ours: Spring is not on this class path. */
    private static <T> T instance(String className, Class<T> type, List<ClassLoader> loaders, String property) {
        String name = className.strip();
        Map<String, Object> spring = Map.of(
                "org.springframework.boot.hibernate.SpringImplicitNamingStrategy", new SpringImplicitNaming(),
                "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy", new SpringImplicitNaming());
        if (spring.containsKey(name)) {
            return type.cast(spring.get(name));
        }
        Class<?> found = load(name, loaders);
        if (found == null || !type.isAssignableFrom(found)) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    property + " = " + name + ": "
                            + (found == null
                                    ? "no such class on the class " + "path of the entities"
                                    : "not a " + type.getSimpleName())
                            + "; name a class of the application "
                            + "or of Hibernate");
        }
        try {
            return type.cast(found.getDeclaredConstructor().newInstance());
        } catch (InstantiationException
                | IllegalAccessException
                | NoSuchMethodException
                | InvocationTargetException e) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    property + " = " + name + " cannot be created with a public no-argument " + "constructor: " + e);
        }
    }

    private static Class<?> load(String name, List<ClassLoader> loaders) {
        for (ClassLoader loader : loaders) {
            try {
                return Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this loader
            }
        }
        try {
            return Class.forName(name, false, TargetModelBuilder.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
