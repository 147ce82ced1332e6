package dev.migrate.cli;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Spring Boot executable jars on a class path the CLI builds (the {@code classpath} setting,
 * {@code lint --previous-classpath}). Such a jar keeps the application's classes under
 * {@code BOOT-INF/classes} and its dependencies as jars inside it ({@code BOOT-INF/lib}), and a
 * plain class loader reads neither. Its manifest names both folders ({@code Spring-Boot-Classes},
 * {@code Spring-Boot-Lib}; a war's are under {@code WEB-INF}), so the jar is unpacked once per
 * process into a temporary folder, deleted when the program exits, and stands for its classes
 * folder and its library jars. Every other entry stays as it is.
 */
final class BootJarEntries {

    private static final Attributes.Name CLASSES = new Attributes.Name("Spring-Boot-Classes");
    private static final Attributes.Name LIB = new Attributes.Name("Spring-Boot-Lib");

    /**
     * What each entry stands for (itself, or an unpacked jar's folder and libraries): a command
     * reads the classpath setting more than once, and each jar's manifest need be read only once.
     */
    private static final Map<Path, List<Path>> EXPANDED = new ConcurrentHashMap<>();

    private BootJarEntries() {}

    /** {@code classpath} with every Spring Boot jar replaced by its classes folder and library jars. */
    static List<Path> expand(List<Path> classpath) {
        List<Path> expanded = new ArrayList<>();
        for (Path entry : classpath) {
            expanded.addAll(EXPANDED.computeIfAbsent(entry, BootJarEntries::expandOne));
        }
        return expanded;
    }

    private static List<Path> expandOne(Path entry) {
        Manifest manifest = bootManifest(entry);
        return manifest == null ? List.of(entry) : unpack(entry, manifest);
    }

    /** The manifest of a Spring Boot jar, or {@code null} for a folder, a plain jar or no jar at all. */
    private static Manifest bootManifest(Path entry) {
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            return manifest != null && folder(manifest.getMainAttributes().getValue(CLASSES)) != null ? manifest : null;
        } catch (IOException notAJar) {
            // the class loader reports an entry it cannot read, as it does for any other
            return null;
        }
    }

    private static List<Path> unpack(Path jarPath, Manifest manifest) {
        String classesPrefix = folder(manifest.getMainAttributes().getValue(CLASSES));
        String libPrefix = folder(manifest.getMainAttributes().getValue(LIB));
        try {
            Path target = Files.createTempDirectory("migrate-boot-jar-");
            deleteOnExit(target);
            Path classes = Files.createDirectories(target.resolve("classes"));
            Path lib = Files.createDirectories(target.resolve("lib"));
            List<Path> libraries = new ArrayList<>();
            try (JarFile jar = new JarFile(jarPath.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    if (name.startsWith(classesPrefix)) {
                        copy(jar, entry, classes, name.substring(classesPrefix.length()));
                    } else if (libPrefix != null && name.startsWith(libPrefix) && name.endsWith(".jar")) {
                        // in the jar's order, which is the application's class path order
                        libraries.add(copy(jar, entry, lib, name.substring(name.lastIndexOf('/') + 1)));
                    }
                }
            }
            List<Path> unpacked = new ArrayList<>();
            unpacked.add(classes);
            unpacked.addAll(libraries);
            return List.copyOf(unpacked);
        } catch (IOException | UncheckedIOException e) {
            throw new MigrateException(
                    ErrorKind.FILE_ACCESS,
                    "Could not unpack the Spring Boot jar " + jarPath + " (its " + classesPrefix + " and " + libPrefix
                            + "): " + e.getMessage() + ". Give its classes folder and library jars instead",
                    e);
        }
    }

    /** Writes one entry under {@code folder}; a name that would leave the folder (../) is refused. */
    private static Path copy(JarFile jar, JarEntry entry, Path folder, String relative) throws IOException {
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder)) {
            throw new IOException("the entry " + entry.getName() + " points outside the jar's folders");
        }
        Files.createDirectories(file.getParent());
        try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static String folder(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String folder = value.strip();
        return folder.endsWith("/") ? folder : folder + "/";
    }

    private static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a temporary folder left behind is the operating system's to clean
            }
        }));
    }
}
