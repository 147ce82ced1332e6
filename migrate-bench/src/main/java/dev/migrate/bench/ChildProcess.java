package dev.migrate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Launches {@link ChildMain} as {@code java -cp <this classpath>} and reads its figures. */
final class ChildProcess {

    /** Same flags for every child, so no tool gets a different heap or collector. */
    static final List<String> JVM_FLAGS = List.of("-Xms64m", "-Xmx1g", "-XX:+UseSerialGC");

    /**
     * What one child reported.
     *
     * @param wallMillis from launch to exit, as the parent saw it
     * @param figures    the child's {@code key=value} line
     */
    record Result(double wallMillis, Map<String, Double> figures) {}

    private ChildProcess() {}

    /** Runs {@link ChildMain} with this JVM's class path. */
    static Result run(String... arguments) {
        return launch(System.getProperty("java.class.path"), ChildMain.class.getName(), arguments);
    }

    /** Runs any main class with a class path of its own; its figures are the {@code key=number} pairs it prints. */
    static Result launch(String classpath, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(arguments));
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            double wall = (System.nanoTime() - start) / 1_000_000.0;
            if (exit != 0) {
                throw new IllegalStateException(
                        "Child " + String.join(" ", arguments) + " exited with " + exit + ": " + output);
            }
            return new Result(wall, parse(output));
        } catch (IOException e) {
            throw new IllegalStateException("Could not launch a child JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a child JVM", e);
        }
    }

    private static Map<String, Double> parse(String output) {
        Map<String, Double> figures = new HashMap<>();
        for (String line : output.split("\\R")) {
            for (String pair : line.trim().split("\\s+")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && isNumber(pair.substring(equals + 1))) {
                    figures.put(pair.substring(0, equals), Double.parseDouble(pair.substring(equals + 1)));
                }
            }
        }
        return figures;
    }

    /** A child may print other lines (an application's own output); only {@code key=number} pairs are figures. */
    private static boolean isNumber(String text) {
        return text.matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");
    }
}
