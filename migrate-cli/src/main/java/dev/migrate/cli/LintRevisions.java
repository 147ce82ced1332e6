package dev.migrate.cli;

import dev.migrate.internal.command.LintCommand;
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
        return new LintCommand(dialect != null ? run::engine : run::migrate, run.console())
                .lint(range, dialect, format);
    }
}
