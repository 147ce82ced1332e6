package dev.migrate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The program itself and the options given before the command (as Alembic's). */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Database migrations on the model of Alembic: revisions in a graph, applied in order.",
        footer = {"", "Exit codes: 0 success, 1 the command failed (or check found drift), 2 bad usage or input."})
final class GlobalOptions {

    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "Alternate config file; defaults to MIGRATE_CONFIG, or migrate.properties.")
    Path config;

    @Option(
            names = {"-n", "--name"},
            paramLabel = "NAME",
            description = "Name of the section of migrate.properties to use: its keys are written NAME.key "
                    + "(e.g. billing.url); without -n, the keys without a prefix.")
    String name;

    @Option(
            names = "-x",
            paramLabel = "key=value",
            description = "Override a migrate.properties setting for this run, e.g. -x version_table=my_versions.")
    List<String> extra = new ArrayList<>();

    @Option(names = "--url", paramLabel = "URL", description = "JDBC URL; overrides MIGRATE_URL and the config file.")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user; overrides MIGRATE_USER.")
    String user;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            description = "Database password (shows in process " + "lists; prefer --password-env or MIGRATE_PASSWORD).")
    String password;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "Read the database password from environment variable VAR.")
    String passwordEnv;

    @Option(
            names = "--dialect",
            paramLabel = "NAME",
            description = "Database to write --sql for when there is no URL: "
                    + "postgresql, mariadb, mysql, h2 or sqlite; overrides the URL's.")
    String dialect;

    @Option(
            names = {"-q", "--quiet"},
            description = "Do not log to std output.")
    boolean quiet;

    @Option(names = "--raiseerr", description = "Show the full stack trace on error.")
    boolean raiseErrors;
}
