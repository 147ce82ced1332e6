package dev.migrate.internal.script;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files below a directory of the class path, wherever the class loader has it: in
 * directories, in jars, and in jars inside jars (Spring Boot's executable jars), which are read
 * through whatever {@link JarURLConnection} the URL's handler provides. Jars must contain
 * directory entries, as those Maven and Gradle build do.
 */
final class ClasspathFiles {

    /**
     * One file.
     *
     * @param path    its resource path, such as {@code db/migrations/sub/a.sql}
     * @param origin  the class path directory or jar it was found in, for messages
     * @param content its bytes when they were asked for, else {@code null}
     */
    record ClasspathFile(String path, String origin, byte[] content) {}

    private ClasspathFiles() {}

    /**
     * The files below {@code directory} in every class path entry that has it, or {@code null}
     * when none has it.
     *
     * @param read which file names to read the content of
     */
    static List<ClasspathFile> list(ClassLoader classLoader, String directory, Predicate<String> read) {
        List<URL> roots;
        try {
            roots = Collections.list(classLoader.getResources(directory));
        } catch (IOException e) {
            throw new MigrateException(
                    ErrorKind.FILE_ACCESS,
                    "Could not search the class path for '" + directory + "': " + e.getMessage(),
                    e);
        }
        if (roots.isEmpty()) {
            return null;
        }
        List<ClasspathFile> files = new ArrayList<>();
        for (URL root : roots) {
            try {
                if (root.getProtocol().equals("file")) {
                    listDirectory(Path.of(root.toURI()), directory, read, files);
                } else {
                    listJar(root, directory, read, files);
                }
            } catch (IOException | URISyntaxException | UncheckedIOException e) {
                throw new MigrateException(
                        ErrorKind.FILE_ACCESS,
                        "Could not read the class path directory " + root + ": " + e.getMessage(),
                        e);
            }
        }
        return files;
    }

    private static void listDirectory(Path root, String directory, Predicate<String> read, List<ClasspathFile> files)
            throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), "/");
                String name = file.getFileName().toString();
                files.add(new ClasspathFile(
                        directory + "/" + relative,
                        root.toString(),
                        read.test(name) ? Files.readAllBytes(file) : null));
            }
        }
    }

    private static void listJar(URL root, String directory, Predicate<String> read, List<ClasspathFile> files)
            throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection)) {
            throw new MigrateException(
                    ErrorKind.BAD_CONFIGURATION,
                    "Cannot list the class path directory " + root + ": its '" + root.getProtocol()
                            + "' URLs are neither files nor jars. Use a filesystem: location instead");
        }
        JarURLConnection jarConnection = (JarURLConnection) connection;
        // a connection without caches opens a JarFile of its own, which is ours to close
        jarConnection.setUseCaches(false);
        String entryName = jarConnection.getEntryName();
        String prefix =
                entryName == null || entryName.isEmpty() ? "" : entryName.endsWith("/") ? entryName : entryName + "/";
        try (JarFile jar = jarConnection.getJarFile()) {
            List<JarEntry> entries = Collections.list(jar.entries());
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (JarEntry entry : entries) {
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                String relative = entry.getName().substring(prefix.length());
                String name = relative.substring(relative.lastIndexOf('/') + 1);
                files.add(new ClasspathFile(
                        directory + "/" + relative, jar.getName(), read.test(name) ? readEntry(jar, entry) : null));
            }
        }
    }

    private static byte[] readEntry(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
