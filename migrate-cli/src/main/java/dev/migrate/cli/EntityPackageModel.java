package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.autogenerate.ApplicationProperties;
import dev.migrate.internal.autogenerate.hibernate.JpaSettings;
import dev.migrate.internal.autogenerate.hibernate.TargetModelBuilder;
import dev.migrate.schema.SchemaModel;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The program's {@link TargetModelSource}: the {@code @Entity} classes of some packages, loaded
 * from the {@code classpath} setting's folders and jars and mapped for the dialect by the one
 * {@link TargetModelBuilder}, with the JPA settings of the application.properties / .yml found there.
 */
final class EntityPackageModel implements TargetModelSource {

    /**
     * Hibernate's start-up notes are not the command's output; the logger is held so that its level
     * is not collected, in a class of its own so that commands without entities do not start
     * java.util.logging.
     */
    private static final class HibernateLog {
        static final Logger LOGGER = Logger.getLogger("org.hibernate");
    }

    private final List<Path> classpath;
    private final Map<String, String> environment;

    EntityPackageModel(List<Path> classpath, Map<String, String> environment) {
        this.classpath = BootJarEntries.expand(classpath);
        this.environment = environment;
    }

    /** {@code packages}, or the error that says how to name them. */
    static List<String> requirePackages(List<String> packages) {
        if (packages.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "Autogenerate compares the database with JPA entities: give their packages "
                            + "with --entities PACKAGE[,PACKAGE...] or the entities setting of migrate.properties");
        }
        return packages;
    }

    @Override
    public SchemaModel targetModel(List<String> entityPackages, String dialect) {
        requirePackages(entityPackages);
        ClassLoader loader = classLoader(classpath);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Hibernate looks some classes up through the context loader
        thread.setContextClassLoader(loader);
        HibernateLog.LOGGER.setLevel(Level.SEVERE);
        try {
            List<Class<?>> entities = EntityClasses.find(entityPackages, classpath, loader);
            return TargetModelBuilder.build(entities, dialect, applicationSettings(loader));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The JPA settings of the application whose classes the classpath setting names: its
     * application.properties / .yml there, with the profiles of SPRING_PROFILES_ACTIVE (else of
     * spring.profiles.active), as the application itself would read them.
     */
    private JpaSettings applicationSettings(ClassLoader loader) {
        String profiles = environment.get("SPRING_PROFILES_ACTIVE");
        List<String> active = profiles == null
                ? List.of()
                : Arrays.stream(profiles.split(","))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
        ClassLoader applicationOnly = new URLClassLoader(urls(classpath), null);
        return JpaSettings.fromApplicationProperties(
                ApplicationProperties.read(applicationOnly, active, environment::get)
                        .values());
    }

    /**
     * A loader over the classpath setting's folders and jars (a Spring Boot jar's classes and
     * libraries, unpacked), in front of the program's own classes.
     */
    static ClassLoader classLoader(List<Path> classpath) {
        ClassLoader parent = EntityPackageModel.class.getClassLoader();
        if (classpath.isEmpty()) {
            return parent;
        }
        return new URLClassLoader(urls(BootJarEntries.expand(classpath)), parent);
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MigrateException(
                        ErrorKind.BAD_CONFIGURATION, "classpath entry " + entry + " is not a valid path", e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
