package dev.migrate.cli;

import dev.migrate.MigrationStatus;
import dev.migrate.internal.command.GraphDrawing;
import dev.migrate.internal.command.HistoryCommands;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands that show the revision graph and the database's place in it. */
final class GraphCommands {

    static final String VERBOSE = "Use more verbose output";

    private GraphCommands() {}

    @Command(
            name = "current",
            mixinStandardHelpOptions = true,
            description = "Display the current revision for a database.")
    static final class Current implements CliCommand {

        @Option(
                names = {"-v", "--verbose"},
                description = VERBOSE)
        boolean verbose;

        @Option(
                names = "--check-heads",
                description = "Check if all head revisions are applied to the database. "
                        + "Exit with an error code if this is not the case.")
        boolean checkHeads;

        @Override
        public void run(CliRun run) {
            MigrationStatus status = run.migrate().headsStatus();
            new HistoryCommands(run.scripts(), run.console(), status::unfinished)
                    .current(status.currentHeads(), verbose, checkHeads, verbose ? run.maskedUrl() : null);
        }
    }

    @Command(
            name = "history",
            mixinStandardHelpOptions = true,
            description = "List changeset scripts in chronological order.")
    static final class History implements CliCommand {

        @Option(
                names = {"-r", "--rev-range"},
                paramLabel = "RANGE",
                description = "Specify a revision range; format is [start]:[end]")
        String range;

        @Option(
                names = {"-v", "--verbose"},
                description = VERBOSE)
        boolean verbose;

        @Option(
                names = {"-i", "--indicate-current"},
                description = "Indicate the current revision")
        boolean indicateCurrent;

        @Override
        public void run(CliRun run) {
            Supplier<MigrationStatus> status = readOnce(() -> run.migrate().headsStatus());
            new HistoryCommands(run.scripts(), run.console(), () -> status.get().unfinished())
                    .history(
                            range,
                            verbose,
                            indicateCurrent,
                            () -> status.get().currentHeads(),
                            run::appliedHistoryIfConfigured);
        }
    }

    @Command(
            name = "heads",
            mixinStandardHelpOptions = true,
            description = "Show current available heads in the script directory.")
    static final class Heads implements CliCommand {

        @Option(
                names = {"-v", "--verbose"},
                description = VERBOSE)
        boolean verbose;

        @Option(names = "--resolve-dependencies", description = "Treat dependency versions as down revisions")
        boolean resolveDependencies;

        @Override
        public void run(CliRun run) {
            history(run).heads(verbose, resolveDependencies);
        }
    }

    @Command(name = "branches", mixinStandardHelpOptions = true, description = "Show current branch points.")
    static final class Branches implements CliCommand {

        @Option(
                names = {"-v", "--verbose"},
                description = VERBOSE)
        boolean verbose;

        @Override
        public void run(CliRun run) {
            history(run).branches(verbose);
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Show the revision(s) denoted by the given symbol.")
    static final class Show implements CliCommand {

        @Parameters(paramLabel = "REVISION", description = "revision identifier")
        String revision;

        @Override
        public void run(CliRun run) {
            history(run).show(revision, run::currentHeads);
        }
    }

    @Command(
            name = "graph",
            mixinStandardHelpOptions = true,
            description = "Draw the revision graph as text, as a Mermaid flowchart or as Graphviz dot.")
    static final class Graph implements CliCommand {

        @Option(
                names = "--format",
                defaultValue = "text",
                paramLabel = "text|mermaid|dot",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        GraphDrawing.Format format;

        @Override
        public void run(CliRun run) {
            new GraphDrawing(run.scripts().graph(), run.console()).draw(format);
        }
    }

    /** The database's status, read on first need (only {@code -i} or a {@code current} end needs it), then kept. */
    private static Supplier<MigrationStatus> readOnce(Supplier<MigrationStatus> read) {
        MigrationStatus[] status = new MigrationStatus[1];
        return () -> {
            if (status[0] == null) {
                status[0] = read.get();
            }
            return status[0];
        };
    }

    private static HistoryCommands history(CliRun run) {
        return new HistoryCommands(
                run.scripts(), run.console(), () -> run.migrate().unfinishedAttempts());
    }
}
