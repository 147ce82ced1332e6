package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.command.RevisionFileSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The locations a run reads. A project made by {@code init --template java} reads compiled
 * revisions from {@code classpath:db/migrations}, a folder that exists only once a first revision
 * has been written and compiled; until then {@code current}, {@code check} and the first
 * {@code revision --autogenerate} must see an empty history rather than a missing location. So a
 * {@code classpath:} location that is not there is left out while the version folders hold no
 * revision either; once they do, a missing location is an error saying to compile them first (the
 * engine itself reads a missing default location as empty, which would hide them).
 */
final class NewProjectLocations {

    private static final String CLASSPATH = "classpath:";

    private NewProjectLocations() {}

    static MigrateSettings readable(MigrateSettings settings, RevisionFileSettings files, ClassLoader classLoader) {
        List<Path> versionLocations = files.versionLocations();
        List<String> present = present(settings.locations(), classLoader);
        if (present.size() == settings.locations().size()) {
            return settings;
        }
        Optional<Path> written = versionLocations.stream()
                .filter(NewProjectLocations::holdsRevisions)
                .findFirst();
        if (written.isPresent()) {
            List<String> found = present;
            String missing = settings.locations().stream()
                    .filter(location -> !found.contains(location))
                    .findFirst()
                    .orElseThrow();
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "Location '" + missing + "' does not exist, and " + written.get()
                            + " holds revisions: compile them (mvn compile) so that the 'classpath' setting finds them, or"
                            + " fix the 'locations' setting");
        }
        if (present.isEmpty()) {
            // The engine reads at least one location; init's folder, which holds no revision, is one.
            Optional<Path> folder = Stream.concat(versionLocations.stream(), Stream.ofNullable(files.scriptLocation()))
                    .filter(Files::isDirectory)
                    .findFirst();
            if (folder.isEmpty()) {
                return settings;
            }
            present = List.of("filesystem:" + folder.get().toAbsolutePath());
        }
        return settings.withLocations(present);
    }

    /** The locations without the {@code classpath:} ones that are not on the class path. */
    static List<String> present(List<String> locations, ClassLoader classLoader) {
        return locations.stream()
                .filter(location -> !location.startsWith(CLASSPATH) || exists(location, classLoader))
                .toList();
    }

    private static boolean exists(String location, ClassLoader classLoader) {
        String path = location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", "");
        return classLoader.getResource(path) != null || classLoader.getResource(path + "/") != null;
    }

    private static boolean holdsRevisions(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .anyMatch(name -> !name.startsWith(".") && (name.endsWith(".java") || name.endsWith(".sql")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the version folder " + folder, e);
        }
    }
}
