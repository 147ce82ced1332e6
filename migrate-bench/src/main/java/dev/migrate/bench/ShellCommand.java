package dev.migrate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One program run as a user runs it from a shell: its own process, working directory and
 * environment, timed from launch to exit. A run that fails is an error, never a figure.
 *
 * @param command     the program and its arguments
 * @param directory   the working directory
 * @param environment variables added to this JVM's environment
 */
record ShellCommand(List<String> command, Path directory, Map<String, String> environment) {

    /**
     * What one run printed and how long it took.
     *
     * @param wallMillis launch to exit
     * @param out        its standard output
     */
    record Run(double wallMillis, String out) {}

    /** Whether {@code program} can be started and exits with 0 (a probe such as {@code psql --version}). */
    static boolean works(List<String> program) {
        try {
            Process process =
                    new ProcessBuilder(program).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Run run() {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        try {
            Path err = Files.createTempFile(directory, "stderr", ".txt");
            builder.redirectError(err.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            double wall = (System.nanoTime() - start) / 1_000_000.0;
            String errors = Files.readString(err);
            Files.delete(err);
            if (exit != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " exited with " + exit + " in " + directory + ":\n" + out + errors);
            }
            return new Run(wall, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + command.get(0), e);
        }
    }
}
