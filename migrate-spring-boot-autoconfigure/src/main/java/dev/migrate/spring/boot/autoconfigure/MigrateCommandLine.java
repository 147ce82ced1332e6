package dev.migrate.spring.boot.autoconfigure;

import java.io.PrintStream;
import java.util.List;

import dev.migrate.Migrate;

/**
 * Runs one {@code migrate} command line against the application's runner, printing what the
 * CLI prints and answering the CLI's exit code; command mode calls the bean of this type.
 */
@FunctionalInterface
public interface MigrateCommandLine {

    /**
     * Runs the command.
     * @param migrate the application's runner, configured from its own properties
     * @param arguments the command and its options, without the leading {@code migrate}
     * @param out where the command's output goes
     * @param err where its errors go
     * @return the exit code: 0 success, 1 the command failed, 2 bad usage or input
     */
    int execute(Migrate migrate, List<String> arguments, PrintStream out, PrintStream err);

}
