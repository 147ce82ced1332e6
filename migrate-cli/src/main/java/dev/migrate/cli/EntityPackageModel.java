package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.MigrateException;
import dev.migrate.autogenerate.hibernate.HibernateModel;
import dev.migrate.schema.SchemaModel;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The program's {@link TargetModelSource}: the {@code @Entity} classes of some packages, loaded
 * from the {@code classpath} setting's folders and jars and mapped by Hibernate for the dialect.
 */
final class EntityPackageModel implements TargetModelSource {

    /** Hibernate's start-up notes are not the command's output; kept here so the setting is not collected. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private final List<Path> classpath;

    EntityPackageModel(List<Path> classpath) {
        this.classpath = List.copyOf(classpath);
    }

    /** {@code packages}, or the error that says how to name them. */
    static List<String> requirePackages(List<String> packages) {
        if (packages.isEmpty()) {
            throw new BadInputException("Autogenerate compares the database with JPA entities: give their packages "
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
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        try {
            return HibernateModel.fromEntities(EntityClasses.find(entityPackages, classpath, loader), dialect);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A loader over the classpath setting's folders and jars, in front of the program's own classes. */
    static ClassLoader classLoader(List<Path> classpath) {
        ClassLoader parent = EntityPackageModel.class.getClassLoader();
        if (classpath.isEmpty()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MigrateException("classpath entry " + entry + " is not a valid path", e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }
}
