package dev.migrate.cli;

import dev.migrate.internal.command.AutogenerateCommand;
import dev.migrate.internal.command.BaselineCommand;
import dev.migrate.internal.command.MigrationCommands;
import dev.migrate.schema.SchemaModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that change the database, with Alembic's names, options and help. */
final class DatabaseCommands {

    static final String SQL =
            "Don't emit SQL to database - dump to standard output/file instead. " + "See docs on offline mode.";

    static final String TAG = "Arbitrary 'tag' name (a release, a deploy id), written into the history log's rows "
            + "of this run; history --verbose and the actuator show it.";

    static final String ENTITIES = "Comma-separated packages of the JPA @Entity classes (found in the classpath "
            + "setting's folders and jars) to compare the database with; default: the entities setting.";

    private DatabaseCommands() {}

    @Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Upgrade to a later version.")
    static final class Upgrade implements CliCommand {

        @Option(names = "--sql", description = SQL)
        boolean sql;

        @Option(names = "--tag", description = TAG)
        String tag;

        @Parameters(paramLabel = "REVISION", description = "revision identifier")
        String revision;

        @Override
        public void run(CliRun run) {
            commands(run, sql).upgrade(revision, tag, sql ? run.offlineDialect() : null);
        }
    }

    @Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert to a previous version.")
    static final class Downgrade implements CliCommand {

        @Option(names = "--sql", description = SQL)
        boolean sql;

        @Option(names = "--tag", description = TAG)
        String tag;

        @Parameters(paramLabel = "REVISION", description = "revision identifier")
        String revision;

        @Override
        public void run(CliRun run) {
            commands(run, sql).downgrade(revision, tag, sql ? run.offlineDialect() : null);
        }
    }

    @Command(
            name = "stamp",
            mixinStandardHelpOptions = true,
            description = "'stamp' the revision table with the given revision; don't run any migrations.")
    static final class Stamp implements CliCommand {

        @Option(names = "--sql", description = SQL)
        boolean sql;

        @Option(names = "--purge", description = "Unconditionally erase the version table before stamping")
        boolean purge;

        @Option(names = "--tag", description = TAG)
        String tag;

        @Parameters(
                paramLabel = "REVISIONS",
                arity = "1..*",
                description = "one or more revisions, or 'heads' for all heads")
        List<String> revisions;

        @Override
        public void run(CliRun run) {
            if (sql) {
                commands(run, true).stampSql(revisions, purge, tag, run.offlineDialect());
                return;
            }
            commands(run, false).stamp(revisions, purge, tag);
        }
    }

    @Command(
            name = "ensure_version",
            mixinStandardHelpOptions = true,
            description = "Create the version table if it doesn't exist already.")
    static final class EnsureVersion implements CliCommand {

        @Option(names = "--sql", description = SQL)
        boolean sql;

        @Override
        public void run(CliRun run) {
            commands(run, sql).ensureVersion(sql ? run.offlineDialect() : null);
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Check if revision command with autogenerate has pending upgrade ops.")
    static final class Check implements CliCommand {

        @Option(names = "--entities", paramLabel = "PACKAGE[,PACKAGE...]", description = ENTITIES)
        String entities;

        @Override
        public void run(CliRun run) {
            execute(run);
        }

        @Override
        public int execute(CliRun run) {
            SchemaModel target = run.targetModel(entities);
            return new AutogenerateCommand(run::migrate, run.settings().revisionFiles(), run.console()).check(target);
        }
    }

    @Command(
            name = "baseline",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Write a first revision that creates the database's current schema, and stamp the "
                    + "database at it without running it.")
    static final class Baseline implements CliCommand {

        @Option(
                names = {"-m", "--message"},
                description = ScriptCommands.MESSAGE)
        String message;

        @Option(names = "--rev-id", description = ScriptCommands.REV_ID)
        String revId;

        @Option(names = "--version-path", description = ScriptCommands.VERSION_PATH)
        String versionPath;

        @Option(
                names = "--data",
                paramLabel = "TABLE[,TABLE...]",
                split = ",",
                description = "Also carry the rows of these tables (parents first), and start the sequences at the "
                        + "database's next values.")
        List<String> data = new ArrayList<>();

        @Override
        public void run(CliRun run) {
            new BaselineCommand(run::migrate, run.settings().revisionFiles(), run.console())
                    .baseline(
                            message,
                            revId,
                            versionPath == null
                                    ? null
                                    : run.resolve(Path.of(versionPath)).toString(),
                            data);
        }
    }

    /** Offline, the database is never reached, so none has to be configured beyond its URL. */
    private static MigrationCommands commands(CliRun run, boolean offline) {
        return new MigrationCommands(offline ? run::engine : run::migrate, run.console());
    }
}
