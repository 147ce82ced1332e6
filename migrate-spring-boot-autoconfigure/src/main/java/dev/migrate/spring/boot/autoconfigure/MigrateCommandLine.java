package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.MigrationListener;
import java.io.PrintStream;
import java.util.List;

/**
 * Runs one {@code migrate} command line against the application's configuration, printing what
 * the CLI prints and answering the CLI's exit code; command mode calls the bean of this type.
 */
@FunctionalInterface
public interface MigrateCommandLine {

    /**
     * Runs the command.
     * @param runners makes the runner, configured from the application's own properties
     * @param arguments the command and its options, without the leading {@code migrate}
     * @param out where the command's output goes
     * @param err where its errors go
     * @return the exit code: 0 success, 1 the command failed, 2 bad usage or input
     */
    int execute(Runners runners, List<String> arguments, PrintStream out, PrintStream err);

    /**
     * Makes the application's runner with a listener of the command's own, such as the CLI's progress output.
     */
    @FunctionalInterface
    interface Runners {

        /**
         * Makes the runner.
         * @param listener hears the runner's progress; an application that defines its own
         * {@link Migrate} bean gets that bean, which does not call it
         * @return the runner
         */
        Migrate withListener(MigrationListener listener);
    }
}
