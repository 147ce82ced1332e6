package dev.migrate.cli;

import dev.migrate.AppliedRevision;
import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrationListener;
import dev.migrate.internal.command.Console;
import dev.migrate.internal.command.MigrationCommands;
import dev.migrate.internal.command.RevisionFileSettings;
import dev.migrate.internal.command.ScriptGraph;
import dev.migrate.internal.command.Secrets;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.runtime.UrlDataSource;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.ScriptDirectory;
import dev.migrate.internal.script.graph.GraphRevisions;
import dev.migrate.schema.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One run of the program: the global options, the environment, the console, and the
 * configuration and engine, loaded when a command first needs them.
 */
final class CliRun {

    private final GlobalOptions options;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final ConfigLoader loader;
    private final Console console;
    private final AtomicReference<Secrets> secrets;
    private final Function<MigrationListener, Migrate> engineFactory;
    private final TargetModelSource targetModelSource;
    private final RevisionFileSettings revisionFiles;
    private final ApplicationTenants applicationTenants;
    private CliSettings settings;
    private Migrate migrate;
    private EarlyConnection earlyConnection;

    /**
     * @param engineFactory     makes the engine instead of the configuration (Spring Boot's command mode), or {@code null}
     * @param targetModelSource gives autogenerate's target instead of the entity packages, or {@code null}
     * @param revisionFiles     where new revisions go instead of the configuration's, or {@code null}
     * @param applicationTenants {@code migrate fleet}'s tenants instead of the configuration's, or {@code null}
     */
    CliRun(
            GlobalOptions options,
            Map<String, String> environment,
            Path workingDirectory,
            Console console,
            AtomicReference<Secrets> secrets,
            Function<MigrationListener, Migrate> engineFactory,
            TargetModelSource targetModelSource,
            RevisionFileSettings revisionFiles,
            ApplicationTenants applicationTenants) {
        this.options = options;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.loader = new ConfigLoader(
                environment,
                workingDirectory,
                (url, password) ->
                        secrets.updateAndGet(known -> known.withUrl(url).with(password)));
        this.console = console;
        this.secrets = secrets;
        this.engineFactory = engineFactory;
        this.targetModelSource = targetModelSource;
        this.revisionFiles = revisionFiles;
        this.applicationTenants = applicationTenants;
    }

    /** Whether an embedding application (Spring Boot's command mode) configures the engine and its database. */
    boolean embedded() {
        return engineFactory != null;
    }

    /** The embedding application's tenants for {@code migrate fleet}, or {@code null} when it gives none. */
    ApplicationTenants applicationTenants() {
        return applicationTenants;
    }

    Console console() {
        return new Console(console.out(), console.err(), options.quiet);
    }

    /** The program's environment variables. */
    Map<String, String> environment() {
        return environment;
    }

    /**
     * Where the program keeps what it can always work out again, the revision file cache, beside
     * the launcher's class-data archive: {@code MIGRATE_CACHE_DIR}, else
     * {@code $XDG_CACHE_HOME/migrate}, else {@code ~/.cache/migrate}; {@code null} when the
     * environment names none of them (then every revision file is read on every run).
     */
    Path cacheFolder() {
        String folder = environment.get("MIGRATE_CACHE_DIR");
        String xdg = environment.get("XDG_CACHE_HOME");
        String home = environment.get("HOME");
        if (!isBlank(folder)) {
            return workingDirectory.resolve(folder);
        }
        if (!isBlank(xdg)) {
            return workingDirectory.resolve(xdg).resolve("migrate");
        }
        return isBlank(home)
                ? null
                : workingDirectory.resolve(home).resolve(".cache").resolve("migrate");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Closes what the run opened and no one used (a connection opened early for a command that then failed). */
    void close() {
        if (earlyConnection != null) {
            earlyConnection.close();
        }
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
            settings = revisionFiles == null ? loaded : loaded.withRevisionFiles(revisionFiles);
        }
        return settings;
    }

    /** The engine for the configured database and locations; the database must be configured. */
    Migrate migrate() {
        if (engineFactory == null) {
            settings().requireUrl();
        }
        return engine(true);
    }

    /** The revisions of the configured locations and their graph; no database needed. */
    ScriptGraph scripts() {
        Migrate engine = engine();
        return ScriptGraph.of(GraphRevisions.graphOf(engine.revisions()), engine.scripts());
    }

    /**
     * The revisions of the configured locations, for {@code revision} and {@code merge}, which read
     * the version folders' sources beside them: a {@code classpath:} location that is missing (its
     * revisions written but not compiled yet) is left out instead of being an error.
     */
    List<RevisionScript> locationScripts() {
        if (engineFactory != null) {
            return engine().scripts();
        }
        CliSettings config = settings();
        ClassLoader classLoader = EntityPackageModel.classLoader(config.classpath());
        List<String> present = NewProjectLocations.present(config.settings().locations(), classLoader);
        return present.isEmpty() ? List.of() : ScriptDirectory.load(present, classLoader, cacheFolder());
    }

    /** The database's current heads. */
    List<String> currentHeads() {
        return migrate().current();
    }

    /**
     * The history log, for what {@code history --verbose} adds from the database (tags): empty when
     * no database is configured, and a warning rather than a failure when it cannot be read, since
     * the command's answer comes from the scripts.
     */
    List<AppliedRevision> appliedHistoryIfConfigured() {
        if (engineFactory == null && !settings().hasUsableUrl()) {
            return List.of();
        }
        try {
            return migrate().appliedHistory();
        } catch (MigrateException unreadable) {
            console()
                    .note("WARNING: the history log could not be read, so tags are not shown: "
                            + unreadable.getMessage());
            return List.of();
        }
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
            return engineFactory.apply(new MigrationListener() {}).databaseDialect();
        }
        return MigrationCommands.dialectOf(settings().requireUrl());
    }

    /** The dialect lint works offline for: {@code --dialect} when given, else {@code null} (the database's). */
    String lintDialect() {
        return options.dialect == null ? null : Dialect.named(options.dialect).name();
    }

    /** Reads the scripts once; connects to the database only when a command asks it something. */
    Migrate engine() {
        return engine(false);
    }

    /**
     * @param connecting whether the command is about to ask the database: its connection then starts
     *                   opening while the revisions are read ({@link EarlyConnection})
     */
    private Migrate engine(boolean connecting) {
        if (migrate == null && engineFactory != null) {
            migrate = engineFactory.apply(new ProgressListener(console()));
        }
        if (migrate == null) {
            CliSettings config = settings();
            ClassLoader classLoader = EntityPackageModel.classLoader(config.classpath());
            // resources the revisions read (op.loadCsv) come from the same class path as the revisions
            Thread.currentThread().setContextClassLoader(classLoader);
            Migrate.Builder builder = Migrate.configure()
                    .settings(NewProjectLocations.readable(config.settings(), config.revisionFiles(), classLoader))
                    .classLoader(classLoader)
                    .revisionCache(cacheFolder())
                    .listener(new ProgressListener(console()));
            if (config.hasUsableUrl()) {
                DataSource database = new UrlDataSource(config.url(), config.user(), config.password());
                if (connecting) {
                    // made after the context class loader is set: the connecting thread inherits it
                    earlyConnection = EarlyConnection.open(database);
                    database = earlyConnection;
                }
                builder.dataSource(database);
            }
            migrate = builder.load();
        }
        return migrate;
    }

    /**
     * The schema {@code check} and {@code revision --autogenerate} compare the database with, for
     * the configured database's dialect: from the embedding application's {@link TargetModelSource},
     * else from the entity packages ({@code entitiesOption}, else the {@code entities} setting)
     * found on the {@code classpath} setting.
     *
     * @param entitiesOption {@code --entities} as given, or {@code null}
     */
    SchemaModel targetModel(String entitiesOption) {
        List<String> packages = entityPackages(entitiesOption);
        if (targetModelSource != null) {
            return targetModelSource.targetModel(packages, migrate().databaseDialect());
        }
        // a missing package list is reported before anything connects
        EntityPackageModel.requirePackages(packages);
        return new EntityPackageModel(settings().classpath(), environment)
                .targetModel(packages, migrate().databaseDialect());
    }

    /**
     * The model of the release still serving, for lint's drops and renames: the entity packages
     * ({@code entitiesOption}, else the {@code entities} setting) as found in {@code classpathOption}'s
     * comma-separated folders and jars (relative to the working directory), mapped for {@code dialect}.
     */
    SchemaModel previousModel(String classpathOption, String entitiesOption, String dialect) {
        List<Path> classpath = commaSeparated(classpathOption).stream()
                .map(entry -> resolve(Path.of(entry)))
                .toList();
        List<String> packages = entityPackages(entitiesOption);
        if (packages.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "--previous-classpath maps the previous release's JPA entities: name their packages with"
                            + " --entities PACKAGE[,PACKAGE...] or the entities setting of migrate.properties");
        }
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE,
                        "--previous-classpath: " + entry + " does not exist; give the folders or jars (comma-separated)"
                                + " of the release still serving");
            }
        }
        try {
            return new EntityPackageModel(classpath, environment).targetModel(packages, dialect);
        } catch (BadInputException e) {
            throw new BadInputException(
                    e.kind(),
                    "The previous release's model (--previous-classpath " + classpathOption + "): " + e.getMessage(),
                    e);
        }
    }

    /** {@code --entities} as given, else the {@code entities} setting. */
    private List<String> entityPackages(String entitiesOption) {
        return entitiesOption == null ? settings().entities() : commaSeparated(entitiesOption);
    }

    private static List<String> commaSeparated(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
