package dev.migrate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs migrate as a user does: a separate JVM, with its own working directory and environment,
 * either from the test class path (main class) or from the packaged migrate.jar. The JVM flags
 * only shorten start-up, which dominates these short runs.
 */
final class CliProcess {

    private final List<String> launcher;
    private final Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();

    private CliProcess(List<String> launcher, Path workingDirectory) {
        this.launcher = launcher;
        this.workingDirectory = workingDirectory;
    }

    /** The main class on this test's class path. */
    static CliProcess fromClassPath(Path workingDirectory) {
        return new CliProcess(
                List.of(
                        java(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        MigrateCli.class.getName()),
                workingDirectory);
    }

    /** {@code java -jar migrate.jar}. */
    static CliProcess fromJar(Path jar, Path workingDirectory) {
        return new CliProcess(
                List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString()),
                workingDirectory);
    }

    /** Any launcher, e.g. the {@code migrate} script. */
    static CliProcess fromCommand(List<String> command, Path workingDirectory) {
        return new CliProcess(command, workingDirectory);
    }

    /** The same launcher and environment, with options that every run passes before its own. */
    CliProcess withOptions(List<String> options) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(options);
        CliProcess copy = new CliProcess(command, workingDirectory);
        copy.environment.putAll(environment);
        return copy;
    }

    CliProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Result run(String... args) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MIGRATE_"));
        builder.environment().putAll(environment);
        try {
            Path stdout = Files.createTempFile("migrate-out", ".txt");
            Path stderr = Files.createTempFile("migrate-err", ".txt");
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("migrate " + String.join(" ", args) + " did not finish in 120 s");
            }
            Result result = new Result(
                    process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
            Files.delete(stdout);
            Files.delete(stderr);
            return result;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {

        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
