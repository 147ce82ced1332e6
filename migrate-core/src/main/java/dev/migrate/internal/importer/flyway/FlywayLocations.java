package dev.migrate.internal.importer.flyway;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the Flyway scripts of the project's locations, as Flyway scans them (recursively). A
 * {@code classpath:} location is read from the project's sources, where its files are written:
 * {@code classpath:db/migration} is {@code src/main/resources/db/migration} (SQL) and
 * {@code src/main/java/db/migration} (Java migrations); {@code filesystem:} and plain paths are
 * folders.
 */
public final class FlywayLocations {

    /** Flyway's default location. */
    public static final String DEFAULT = "classpath:db/migration";

    private FlywayLocations() {}

    /** The folders a location stands for, relative to {@code project}; those that do not exist are left out. */
    public static List<Path> folders(Path project, String location) {
        String trimmed = location.strip();
        List<Path> candidates = new ArrayList<>();
        if (trimmed.startsWith("classpath:")) {
            String path = trimmed.substring("classpath:".length()).replaceFirst("^/+", "");
            candidates.add(project.resolve("src/main/resources").resolve(path));
            candidates.add(project.resolve("src/main/java").resolve(path));
        } else {
            candidates.add(project.resolve(
                    trimmed.startsWith("filesystem:") ? trimmed.substring("filesystem:".length()) : trimmed));
        }
        return candidates.stream().filter(Files::isDirectory).toList();
    }

    /** Every Flyway script in the locations; refuses locations that hold no folder at all. */
    public static List<FlywayScript> scan(Path project, List<String> locations) {
        List<FlywayScript> scripts = new ArrayList<>();
        for (String location : locations) {
            List<Path> folders = folders(project, location);
            if (folders.isEmpty()) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE,
                        "The Flyway location " + location + " is no folder under " + project
                                + " (classpath: locations are read from src/main/resources and src/main/java). Pass "
                                + "--locations with the folders that hold the V…__….sql scripts.");
            }
            for (Path folder : folders) {
                scripts.addAll(scanFolder(folder));
            }
        }
        return scripts;
    }

    private static List<FlywayScript> scanFolder(Path folder) {
        List<FlywayScript> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Optional<FlywayScriptName> name =
                        FlywayScriptName.parse(file.getFileName().toString());
                if (name.isEmpty()) {
                    continue;
                }
                if (name.get().java()) {
                    scripts.add(new FlywayScript(name.get(), file, "", null));
                } else {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    scripts.add(new FlywayScript(name.get(), file, text, FlywayChecksum.of(text)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Flyway scripts in " + folder + ": " + e.getMessage(), e);
        }
        return scripts;
    }
}
