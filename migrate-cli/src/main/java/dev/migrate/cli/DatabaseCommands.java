package dev.migrate.cli;

import dev.migrate.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** The commands that change the database, with Alembic's names, options and help. */
final class DatabaseCommands {

    static final String SQL = "Don't emit SQL to database - dump to standard output/file instead. "
            + "See docs on offline mode.";

    private DatabaseCommands() {
    }

    @Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Upgrade to a later version.")
    static final class Upgrade implements CliCommand {

        @Option(names = "--sql", description = SQL)
        boolean sql;

        @Parameters(paramLabel = "REVISION", description = "revision identifier")
        String revision;

        @Override
        public void run(CliRun run) {
            if (sql) {
                run.engine().upgradeSql(revision, run.offlineDialect(), run.console().out());
                return;
            }
            refuseRange(revision);
            run.migrate().upgrade(revision);
        }
    }

    @Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert to a previous version.")
    static final class Downgrade implements CliCommand {

        @Option(names = "--sql", description = SQL)
        boolean sql;

        @Parameters(paramLabel = "REVISION", description = "revision identifier")
        String revision;

        @Override
        public void run(CliRun run) {
            if (sql) {
                if (!revision.contains(":")) {
                    throw new BadInputException("downgrade with --sql requires <fromrev>:<torev>");
                }
                run.engine().downgradeSql(revision, run.offlineDialect(), run.console().out());
                return;
            }
            refuseRange(revision);
            run.migrate().downgrade(revision);
        }
    }

    @Command(name = "stamp", mixinStandardHelpOptions = true,
            description = "'stamp' the revision table with the given revision; don't run any migrations.")
    static final class Stamp implements CliCommand {

        @Option(names = "--sql", description = SQL)
        boolean sql;

        @Option(names = "--purge", description = "Unconditionally erase the version table before stamping")
        boolean purge;

        @Parameters(paramLabel = "REVISIONS", arity = "1..*",
                description = "one or more revisions, or 'heads' for all heads")
        List<String> revisions;

        @Override
        public void run(CliRun run) {
            if (sql) {
                throw NotYetSupported.option("--sql (offline mode)");
            }
            run.migrate().stamp(revisions, purge);
        }
    }

    @Command(name = "ensure_version", mixinStandardHelpOptions = true,
            description = "Create the version table if it doesn't exist already.")
    static final class EnsureVersion implements CliCommand {

        @Option(names = "--sql", description = SQL)
        boolean sql;

        @Override
        public void run(CliRun run) {
            if (sql) {
                run.engine().ensureVersionSql(run.offlineDialect(), run.console().out());
                return;
            }
            run.migrate().ensureVersion();
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check if revision command with autogenerate has pending upgrade ops.")
    static final class Check implements CliCommand {

        @Override
        public void run(CliRun run) {
            throw NotYetSupported.option("check (autogenerate)");
        }
    }

    private static void refuseRange(String revision) {
        if (revision.contains(":")) {
            throw new BadInputException("Range revision not allowed");
        }
    }
}
