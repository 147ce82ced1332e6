package dev.migrate.cli.dist;

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
 * The packaged program run as a user runs it: {@code java -jar migrate.jar} or the launcher, a JVM
 * of its own in its own working directory, with no MIGRATE_* variable inherited from the build.
 */
final class PackagedProgram {

    private final List<String> command;
    private final Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();

    private PackagedProgram(List<String> command, Path workingDirectory) {
        this.command = command;
        this.workingDirectory = workingDirectory;
    }

    /** {@code java -jar migrate.jar}, with the JVM flags that only shorten start-up. */
    static PackagedProgram fromJar(Path jar, Path workingDirectory) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new PackagedProgram(
                List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString()), workingDirectory);
    }

    /** Any launcher, e.g. the {@code migrate} script. */
    static PackagedProgram fromCommand(List<String> command, Path workingDirectory) {
        return new PackagedProgram(command, workingDirectory);
    }

    PackagedProgram env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Result run(String... args) {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(full).directory(workingDirectory.toFile());
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
            throw new AssertionError("cannot run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
