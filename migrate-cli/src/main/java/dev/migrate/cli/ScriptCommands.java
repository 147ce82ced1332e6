package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.command.AutogenerateCommand;
import dev.migrate.internal.command.EditCommand;
import dev.migrate.internal.command.Editor;
import dev.migrate.internal.command.InitCommand;
import dev.migrate.internal.command.RevisionCommand;
import dev.migrate.internal.command.RevisionRequest;
import dev.migrate.schema.SchemaModel;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that work on the revision files alone, with Alembic's names, options and help. */
final class ScriptCommands {

    static final String MESSAGE = "Message string to use with 'revision'";
    static final String BRANCH_LABEL = "Specify a branch label to apply to the new revision";
    static final String REV_ID = "Specify a hardcoded revision id instead of generating one";
    static final String VERSION_PATH = "Specify specific path from config for version file";

    private ScriptCommands() {}

    @Command(name = "init", mixinStandardHelpOptions = true, description = "Initialize a new scripts directory.")
    static final class Init implements CliCommand {

        @Option(
                names = {"-t", "--template"},
                defaultValue = "sql",
                paramLabel = "java|sql",
                description = "Setup template for use with 'init' (default: ${DEFAULT-VALUE}).")
        String template;

        @Parameters(paramLabel = "DIR", description = "location of scripts directory")
        Path directory;

        @Override
        public void run(CliRun run) {
            new InitCommand(run.console())
                    .init(run.resolve(directory), RevisionFormat.parse(template, "--template"), run.configFile());
        }
    }

    @Command(name = "list_templates", mixinStandardHelpOptions = true, description = "List available templates.")
    static final class ListTemplates implements CliCommand {

        @Override
        public void run(CliRun run) {
            new InitCommand(run.console()).listTemplates("migrate");
        }
    }

    @Command(
            name = "revision",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Create a new revision file.")
    static final class Revision implements CliCommand {

        @Option(
                names = {"-m", "--message"},
                description = MESSAGE)
        String message;

        @Option(
                names = "--autogenerate",
                description = "Populate revision script with candidate migration "
                        + "operations, based on comparison of database to model.")
        boolean autogenerate;

        @Option(names = "--entities", paramLabel = "PACKAGE[,PACKAGE...]", description = DatabaseCommands.ENTITIES)
        String entities;

        @Option(
                names = "--sql",
                description = "With --autogenerate: don't write the revision - print the SQL "
                        + "of its upgrade, for this database, to standard output instead.")
        boolean sql;

        @Option(
                names = "--safe",
                description = "With --autogenerate: write the safe form where one exists - a NOT NULL column on an"
                        + " existing table as add nullable, then a revision with a backfill placeholder (TODO) and"
                        + " SET NOT NULL; on PostgreSQL an index on an existing table as CREATE INDEX CONCURRENTLY in"
                        + " a non-transactional revision of its own.")
        boolean safe;

        @Option(names = "--head", description = "Specify head revision or <branchname>@head to base new revision on.")
        String head;

        @Option(names = "--splice", description = "Allow a non-head revision as the 'head' to splice onto")
        boolean splice;

        @Option(names = "--branch-label", description = BRANCH_LABEL)
        String branchLabel;

        @Option(
                names = "--depends-on",
                description = "Specify one or more revision identifiers which this " + "revision should depend on.")
        List<String> dependsOn = new ArrayList<>();

        @Option(names = "--rev-id", description = REV_ID)
        String revId;

        @Option(names = "--version-path", description = VERSION_PATH)
        String versionPath;

        @Override
        public void run(CliRun run) {
            if (autogenerate) {
                autogenerate(run);
                return;
            }
            if (sql) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE,
                        "--sql with revision needs --autogenerate: it shows the SQL of the "
                                + "revision autogenerate would write");
            }
            if (entities != null) {
                throw new BadInputException(ErrorKind.BAD_USAGE, "--entities is only used with --autogenerate");
            }
            if (safe) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE,
                        "--safe is only used with --autogenerate: it chooses how generated operations are written");
            }
            revisionCommand(run)
                    .revision(new RevisionRequest(
                            message,
                            head == null ? null : List.of(head),
                            splice,
                            branchLabel == null ? null : List.of(branchLabel),
                            dependsOn,
                            revId,
                            versionPath(run)));
        }

        private void autogenerate(CliRun run) {
            if (head != null || splice || branchLabel != null || !dependsOn.isEmpty()) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE,
                        "--autogenerate writes a revision on the current heads: --head, "
                                + "--splice, --branch-label and --depends-on are not used with it");
            }
            SchemaModel target = run.targetModel(entities);
            AutogenerateCommand command =
                    new AutogenerateCommand(run::migrate, run.settings().revisionFiles(), run.console());
            if (sql) {
                command.revisionSql(target, safe);
                return;
            }
            command.revisions(target, message, revId, versionPath(run), safe);
        }

        private String versionPath(CliRun run) {
            return versionPath == null
                    ? null
                    : run.resolve(Path.of(versionPath)).toString();
        }
    }

    @Command(
            name = "merge",
            mixinStandardHelpOptions = true,
            description = "Merge two revisions together. Creates a new migration file.")
    static final class Merge implements CliCommand {

        @Option(
                names = {"-m", "--message"},
                description = MESSAGE)
        String message;

        @Option(names = "--branch-label", description = BRANCH_LABEL)
        String branchLabel;

        @Option(names = "--rev-id", description = REV_ID)
        String revId;

        @Parameters(
                paramLabel = "REVISIONS",
                arity = "1..*",
                description = "one or more revisions, or 'heads' for all heads")
        List<String> revisions;

        @Override
        public void run(CliRun run) {
            revisionCommand(run)
                    .merge(revisions, message, branchLabel == null ? List.of() : List.of(branchLabel), revId);
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Edit revision script(s) using $EDITOR.")
    static final class Edit implements CliCommand {

        @Parameters(paramLabel = "REVISION", description = "revision identifier")
        String revision;

        @Override
        public void run(CliRun run) {
            new EditCommand(run.settings().revisionFiles(), run::scripts, Editor.fromEnvironment(run.environment()))
                    .edit(revision, run::currentHeads);
        }
    }

    /** revision and merge read the version folders' sources and the locations' revisions as one graph. */
    static RevisionCommand revisionCommand(CliRun run) {
        return new RevisionCommand(
                run.settings().revisionFiles(),
                RevisionCommand.graphWith(run::locationScripts),
                LocalDateTime::now,
                run.console());
    }
}
