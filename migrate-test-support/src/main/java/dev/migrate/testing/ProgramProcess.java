package dev.migrate.testing;

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
 * Runs a program as a user does: a separate process with its own working directory, no MIGRATE_*
 * variable inherited from the build, and only the environment the test sets. Shared by the CLI's
 * process tests and the packaged distribution's tests, which launch the same program in different
 * ways (main class, {@code java -jar}, launcher script).
 */
public final class ProgramProcess {

    private static final int TIMEOUT_SECONDS = 120;

    private final List<String> launcher;
    private final Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();

    private ProgramProcess(List<String> launcher, Path workingDirectory) {
        this.launcher = List.copyOf(launcher);
        this.workingDirectory = workingDirectory;
    }

    /** A main class on the given class path, in a JVM of its own. */
    public static ProgramProcess fromMainClass(String classPath, String mainClass, Path workingDirectory) {
        List<String> command = new ArrayList<>(java());
        command.addAll(List.of("-cp", classPath, mainClass));
        return new ProgramProcess(command, workingDirectory);
    }

    /** {@code java -jar <jar>}. */
    public static ProgramProcess fromJar(Path jar, Path workingDirectory) {
        List<String> command = new ArrayList<>(java());
        command.addAll(List.of("-jar", jar.toString()));
        return new ProgramProcess(command, workingDirectory);
    }

    /** Any launcher, e.g. the {@code migrate} script. */
    public static ProgramProcess fromCommand(List<String> command, Path workingDirectory) {
        return new ProgramProcess(command, workingDirectory);
    }

    /** The same launcher and environment, with options that every run passes before its own. */
    public ProgramProcess withOptions(List<String> options) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(options);
        ProgramProcess copy = new ProgramProcess(command, workingDirectory);
        copy.environment.putAll(environment);
        return copy;
    }

    public ProgramProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs the program with these arguments and waits for it; a run that hangs fails the test. */
    public Result run(String... args) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MIGRATE_"));
        builder.environment().putAll(environment);
        try {
            // Files, not pipes: a chatty program cannot block on a full pipe while we wait for it.
            Path stdout = Files.createTempFile("migrate-out", ".txt");
            Path stderr = Files.createTempFile("migrate-err", ".txt");
            builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(
                        "migrate " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
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

    /** The JVM running the tests, with flags that only shorten start-up, which dominates short runs. */
    private static List<String> java() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {

        public String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
