package dev.migrate.cli;

/** A command as picocli parsed it: its options are fields, and it runs against one {@link CliRun}. */
interface CliCommand {

    void run(CliRun run);

    /** Runs the command and gives the exit code it succeeded with: 0, except {@code check}'s 1 on drift. */
    default int execute(CliRun run) {
        run(run);
        return 0;
    }
}
