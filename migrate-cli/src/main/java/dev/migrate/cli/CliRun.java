package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.autogenerate.hibernate.HibernateModel;
import dev.migrate.schema.SchemaModel;
import dev.migrate.dialect.Dialect;
import dev.migrate.MigrateException;
import dev.migrate.command.Console;
import dev.migrate.command.MigrationCommands;
import dev.migrate.command.RevisionFileSettings;
import dev.migrate.command.ScriptGraph;
import dev.migrate.command.Secrets;
import dev.migrate.runtime.MigrationListener;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One run of the program: the global options, the environment, the console, and the
 * configuration and engine, loaded when a command first needs them.
 */
final class CliRun {

    /** Hibernate's start-up notes are not the command's output; kept here so the setting is not collected. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    private final GlobalOptions options;
    private final Path workingDirectory;
    private final ConfigLoader loader;
    private final Console console;
    private final AtomicReference<Secrets> secrets;
    private final Function<MigrationListener, Migrate> engineFactory;
    private final TargetModelSource targetModel;
    private final RevisionFileSettings revisionFiles;
    private CliSettings settings;
    private Migrate migrate;

    /**
     * @param engineFactory makes the engine instead of the configuration (Spring Boot's command mode), or {@code null}
     * @param targetModel   the autogenerate target when no --entities is given, or {@code null}
     * @param revisionFiles where new revisions go instead of the configuration's, or {@code null}
     */
    CliRun(GlobalOptions options, Map<String, String> environment, Path workingDirectory, Console console,
            AtomicReference<Secrets> secrets, Function<MigrationListener, Migrate> engineFactory,
            TargetModelSource targetModel, RevisionFileSettings revisionFiles) {
        this.options = options;
        this.workingDirectory = workingDirectory;
        this.loader = new ConfigLoader(environment, workingDirectory,
                (url, password) -> secrets.updateAndGet(known -> known.withUrl(url).with(password)));
        this.console = console;
        this.secrets = secrets;
        this.engineFactory = engineFactory;
        this.targetModel = targetModel;
        this.revisionFiles = revisionFiles;
    }

    Console console() {
        return new Console(console.out(), console.err(), options.quiet);
    }

    /** A path given on the command line, relative to the working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }

    Path configFile() {
        return loader.configFile(options);
    }

    CliSettings settings() {
        if (settings == null) {
            CliSettings loaded = loader.load(options);
            settings = revisionFiles == null ? loaded : new CliSettings(loaded.source(), loaded.url(), loaded.user(),
                    loaded.password(), loaded.settings(), loaded.classpath(), revisionFiles);
        }
        return settings;
    }

    /** The engine for the configured database and locations; the database must be configured. */
    Migrate migrate() {
        if (engineFactory == null) {
            settings().requireUrl();
        }
        return engine();
    }

    /** The revisions of the configured locations and their graph; no database needed. */
    ScriptGraph scripts() {
        Migrate engine = engine();
        return ScriptGraph.of(engine.graph(), engine.scripts());
    }

    /** The database's current heads. */
    List<String> currentHeads() {
        return migrate().current();
    }

    /** The database URL as it may be shown. */
    String maskedUrl() {
        if (engineFactory != null && !settings().hasUsableUrl()) {
            return "the application's database";
        }
        return secrets.get().mask(settings().requireUrl());
    }

    /**
     * The dialect {@code --sql} writes for, from the URL; in Spring Boot's command mode, where the
     * application configures the database, from the application's database.
     */
    String offlineDialect() {
        if (options.dialect != null) {
            return Dialect.named(options.dialect).name();
        }
        if (engineFactory != null && !settings().hasUsableUrl()) {
            return engineFactory.apply(new MigrationListener() { }).databaseDialect();
        }
        return MigrationCommands.dialectOf(settings().requireUrl());
    }

    /** Reads the scripts once; connects to the database only when a command asks it something. */
    Migrate engine() {
        if (migrate == null && engineFactory != null) {
            migrate = engineFactory.apply(new ProgressListener(console()));
        }
        if (migrate == null) {
            CliSettings config = settings();
            Migrate.Builder builder = Migrate.configure()
                    .settings(config.settings())
                    .classLoader(classLoader(config.classpath()))
                    .listener(new ProgressListener(console()));
            if (config.hasUsableUrl()) {
                builder.url(config.url(), config.user(), config.password());
            }
            migrate = builder.load();
        }
        return migrate;
    }

    /**
     * The schema the {@code @Entity} classes of {@code packages} describe, for the configured
     * database's dialect; the classes come from the configured classpath.
     */
    SchemaModel entityModel(String packages) {
        if ((packages == null || packages.isBlank()) && targetModel != null) {
            migrate();
            return targetModel.targetModel();
        }
        if (packages == null || packages.isBlank()) {
            throw new BadInputException("Autogenerate compares the database with JPA entities: give their packages "
                    + "with --entities PACKAGE[,PACKAGE...]");
        }
        String dialect = migrate().databaseDialect();
        List<Path> classpath = settings().classpath();
        ClassLoader loader = classLoader(classpath);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Hibernate looks some classes up through the context loader
        thread.setContextClassLoader(loader);
        HIBERNATE_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            return HibernateModel.fromEntities(EntityClasses.find(packages, classpath, loader), dialect);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ClassLoader classLoader(List<Path> classpath) {
        ClassLoader parent = CliRun.class.getClassLoader();
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
