package dev.migrate.cli;

/** A command as picocli parsed it: its options are fields, and it runs against one {@link CliRun}. */
interface CliCommand {

    void run(CliRun run);
}
