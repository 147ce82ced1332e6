package dev.migrate.cli;

import dev.migrate.testing.ProgramProcess;
import java.nio.file.Path;

/** The CLI's own way to start itself in a separate JVM; running and capturing is {@link ProgramProcess}. */
final class CliProcess {

    private CliProcess() {}

    /** The main class on this test's class path. */
    static ProgramProcess fromClassPath(Path workingDirectory) {
        return ProgramProcess.fromMainClass(
                System.getProperty("java.class.path"), MigrateCli.class.getName(), workingDirectory);
    }
}
