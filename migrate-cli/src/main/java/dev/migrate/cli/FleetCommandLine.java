package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.internal.fleet.Fleet;
import dev.migrate.internal.fleet.FleetCommand;
import dev.migrate.internal.fleet.FleetProgress;
import dev.migrate.internal.fleet.FleetReport;
import dev.migrate.internal.fleet.FleetReportText;
import dev.migrate.internal.fleet.Shard;
import dev.migrate.internal.fleet.TenantSource;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migrate fleet upgrade|downgrade|current|check|status}: one command on every tenant schema
 * (or database) of a set, in parallel, sharded, with a per-tenant report; exit code 0 only when
 * every tenant succeeded.
 */
@Command(
        name = "fleet",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Run upgrade, downgrade, current, check or status on many tenant schemas or databases.")
final class FleetCommandLine implements CliCommand {

    enum Format {
        TABLE,
        JSON
    }

    @Parameters(index = "0", paramLabel = "COMMAND", description = "upgrade, downgrade, current, check or status")
    FleetCommand command;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "REVISION",
            description = "revision identifier (upgrade, downgrade)")
    String revision;

    @Option(
            names = "--tenants-file",
            paramLabel = "FILE",
            description = "Text file with one tenant a line: a schema (a database on MariaDB/MySQL) or a JDBC URL; "
                    + "# starts a comment.")
    Path tenantsFile;

    @Option(
            names = "--tenants-query",
            paramLabel = "SQL",
            description = "Query on the database whose first column names each tenant's schema or JDBC URL.")
    String tenantsQuery;

    @Option(
            names = "--tenants-pattern",
            paramLabel = "LIKE",
            description =
                    "The schemas (databases on MariaDB/MySQL) whose names match this LIKE pattern, e.g. tenant_%%.")
    String tenantsPattern;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            description =
                    "Tenants run at once (default: tenants_parallel, in Spring Boot migrate.tenants.parallel, else 1);"
                            + " at most 2 x N connections are open.")
    Integer parallel;

    @Option(
            names = "--shard",
            paramLabel = "I/N",
            description =
                    "Take only shard I of N (0-based), e.g. ${JOB_COMPLETION_INDEX}/3 in a Kubernetes Indexed Job.")
    String shard;

    @Option(
            names = "--continue-on-error",
            negatable = true,
            description = "Run every tenant even after one failed (default: tenants_continue_on_error, in Spring Boot"
                    + " migrate.tenants.continue-on-error, else stop).")
    Boolean continueOnError;

    @Option(
            names = "--canary",
            paramLabel = "K",
            defaultValue = "0",
            description = "Run the first K tenants first; if any fails, stop before the others.")
    int canary;

    @Option(names = "--dry-run", description = "Only report what each tenant would run.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default) or json")
    Format format;

    @Option(names = "--tag", description = DatabaseCommands.TAG)
    String tag;

    @Override
    public void run(CliRun run) {
        execute(run);
    }

    @Override
    public int execute(CliRun run) {
        if ((command == FleetCommand.UPGRADE || command == FleetCommand.DOWNGRADE) && revision == null) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "fleet " + command.label() + " needs a REVISION, e.g. migrate fleet " + command.label()
                            + (command == FleetCommand.UPGRADE ? " heads" : " -1"));
        }
        if (!(command == FleetCommand.UPGRADE || command == FleetCommand.DOWNGRADE) && revision != null) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "fleet " + command.label() + " takes no REVISION (got '" + revision + "')");
        }
        Fleet fleet = (run.embedded() ? applicationFleet(run) : configuredFleet(run))
                .shard(shard == null ? Shard.ALL : Shard.parse(shard))
                .canary(canary)
                .dryRun(dryRun)
                .listener(new FleetProgress(run.console().err()))
                .load();
        FleetReport report = fleet.run(command, revision);
        if (format == Format.JSON) {
            run.console().out().println(FleetReportText.json(report));
        } else {
            run.console().out().print(FleetReportText.table(report));
            run.console().out().println();
            run.console().out().print(FleetReportText.summary(report));
        }
        return report.allSucceeded() ? 0 : 1;
    }

    /** The fleet of migrate.properties (and the environment): its database, settings, class path and tenants. */
    private Fleet.Builder configuredFleet(CliRun run) {
        CliSettings config = run.settings();
        FleetDefaults configured = config.tenants();
        TenantSource given = givenTenantSource(run);
        return Fleet.configure()
                .url(config.hasUsableUrl() ? config.url() : null, config.user(), config.password())
                .settings(config.settings())
                .classLoader(EntityPackageModel.classLoader(config.classpath()))
                .tenants(given != null ? given : configuredTenantSource(run, configured))
                .parallel(parallel != null ? parallel : defaultParallel(configured))
                .continueOnError(
                        continueOnError != null ? continueOnError : Boolean.TRUE.equals(configured.continueOnError()))
                .tag(tag);
    }

    /**
     * The fleet of the embedding application (Spring Boot's command mode), as its other commands take
     * the application's runner: the runner's DataSource, settings and tag, the application's class
     * loader, and the application's tenants, parallelism and continue-on-error unless the command
     * line names them. migrate.properties' {@code tenants_*} keys are read only when the application
     * gives no tenants of its own.
     */
    private Fleet.Builder applicationFleet(CliRun run) {
        Migrate application = run.migrate();
        ApplicationTenants tenants = run.applicationTenants();
        if (tenants == null) {
            FleetDefaults configured = run.settings().tenants();
            tenants = new ApplicationTenants(
                    () -> configuredTenantSource(run, configured),
                    defaultParallel(configured),
                    Boolean.TRUE.equals(configured.continueOnError()));
        }
        TenantSource given = givenTenantSource(run);
        return Fleet.configure()
                .dataSource(application.dataSource())
                .settings(application.settings())
                // command mode runs on the application's thread, whose context class loader loads its revisions
                .classLoader(Thread.currentThread().getContextClassLoader())
                .tenants(given != null ? given : tenants.source().get())
                .parallel(parallel != null ? parallel : tenants.parallel())
                .continueOnError(continueOnError != null ? continueOnError : tenants.continueOnError())
                .tag(tag != null ? tag : application.tag());
    }

    /** The tenant source the command line names, or {@code null} when it names none. */
    private TenantSource givenTenantSource(CliRun run) {
        int given = (tenantsFile != null ? 1 : 0) + (tenantsQuery != null ? 1 : 0) + (tenantsPattern != null ? 1 : 0);
        if (given > 1) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "fleet needs exactly one tenant source, got " + given + ": --tenants-file FILE,"
                            + " --tenants-query SQL or --tenants-pattern LIKE");
        }
        if (tenantsFile != null) {
            return TenantSource.file(run.resolve(tenantsFile));
        }
        if (tenantsQuery != null) {
            return TenantSource.query(tenantsQuery);
        }
        return tenantsPattern != null ? TenantSource.pattern(tenantsPattern) : null;
    }

    /** The tenant source migrate.properties names, when the command line names none. */
    private static TenantSource configuredTenantSource(CliRun run, FleetDefaults configured) {
        if (configured.sources() == 1) {
            if (configured.file() != null) {
                return TenantSource.file(configured.file());
            }
            return configured.query() != null
                    ? TenantSource.query(configured.query())
                    : TenantSource.pattern(configured.pattern());
        }
        if (configured.sources() > 1) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    run.settings().source() + " names " + configured.sources() + " tenant sources (tenants_file,"
                            + " tenants_query, tenants_pattern); keep one, or give one --tenants-… option");
        }
        throw new BadInputException(
                ErrorKind.BAD_USAGE,
                "fleet needs exactly one tenant source, got 0: --tenants-file FILE,"
                        + " --tenants-query SQL or --tenants-pattern LIKE (or, in migrate.properties,"
                        + " tenants_file, tenants_query or tenants_pattern)");
    }

    private static int defaultParallel(FleetDefaults configured) {
        return configured.parallel() != null ? configured.parallel() : 1;
    }
}
