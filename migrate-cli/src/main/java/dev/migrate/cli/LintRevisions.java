package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.command.LintCommand;
import dev.migrate.internal.lint.PreviousModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate lint}: locks, rewrites and breaking changes in pending revisions, for CI. */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = "Report locks, table rewrites and breaking changes in revisions, with the safe alternative; "
                + "exit 1 on an unacknowledged error.")
final class LintRevisions implements CliCommand {

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format.")
    String format;

    @Option(
            names = "--previous-classpath",
            paramLabel = "PATH[,PATH...]",
            description = "Folders and jars of the release still serving (its classes and dependencies): drops and"
                    + " renames of what its entities map are errors, of what they no longer map info.")
    String previousClasspath;

    @Option(
            names = "--entities",
            paramLabel = "PACKAGE[,PACKAGE...]",
            description = "With --previous-classpath: the packages of its @Entity classes; default: the entities"
                    + " setting.")
    String entities;

    @Parameters(
            paramLabel = "REV_RANGE",
            arity = "0..1",
            description = "[start]:[end]; default: the revisions pending on the database (with --dialect and no "
                    + "database: every revision)")
    String range;

    @Override
    public void run(CliRun run) {
        execute(run);
    }

    @Override
    public int execute(CliRun run) {
        String dialect = run.lintDialect();
        PreviousModel previous = null;
        if (previousClasspath != null) {
            String modelDialect = dialect != null ? dialect : run.migrate().databaseDialect();
            previous = PreviousModel.of(run.previousModel(previousClasspath, entities, modelDialect));
        } else if (entities != null) {
            throw new BadInputException(ErrorKind.BAD_USAGE, "lint uses --entities only with --previous-classpath");
        }
        return new LintCommand(dialect != null ? run::engine : run::migrate, run.console())
                .lint(range, dialect, format, previous);
    }
}
