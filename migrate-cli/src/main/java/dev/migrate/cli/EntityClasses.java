package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the JPA entity classes of some packages in the configured classpath folders and jars.
 *
 * <p>Only class files whose bytes name the {@code @Entity} annotation are loaded: the packages
 * also hold repositories, services and the like whose dependencies (Spring Data, …) are not on
 * the CLI's class path, and loading them would fail for classes autogenerate never needed.
 */
final class EntityClasses {

    /** How a class file's constant pool names the annotation when the class carries it. */
    private static final byte[] ENTITY_DESCRIPTOR = "Ljakarta/persistence/Entity;".getBytes(StandardCharsets.UTF_8);

    private EntityClasses() {}

    /**
     * The classes annotated {@code @Entity} in {@code packages} (and their sub-packages).
     *
     * @param packages package names, as given to {@code --entities} or the {@code entities} setting
     */
    static List<Class<?>> find(List<String> packages, List<Path> classpath, ClassLoader loader) {
        if (classpath.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "Autogenerate needs the compiled entity classes: set classpath in "
                            + "migrate.properties (or -x classpath=...) to their folders or jars");
        }
        TreeSet<String> names = new TreeSet<>();
        for (String pkg : packages) {
            String prefix = pkg.strip().replace('.', '/');
            if (prefix.isEmpty()) {
                continue;
            }
            for (Path entry : classpath) {
                names.addAll(Files.isDirectory(entry) ? inFolder(entry, prefix) : inJar(entry, prefix));
            }
        }
        Class<? extends Annotation> entity = annotation("jakarta.persistence.Entity", loader);
        List<Class<?>> entities = new ArrayList<>();
        for (String name : names) {
            Class<?> type = load(name, loader);
            if (type.isAnnotationPresent(entity)) {
                entities.add(type);
            }
        }
        if (entities.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "No @Entity classes found in package(s) " + String.join(",", packages)
                            + " on the classpath " + classpath + "; check --entities (or the entities setting) and the "
                            + "classpath setting");
        }
        return entities;
    }

    private static List<String> inFolder(Path folder, String prefix) {
        Path root = folder.resolve(prefix);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && namesEntity(read(f)))
                    .map(f -> className(folder.relativize(f).toString().replace('\\', '/')))
                    .filter(n -> !n.isEmpty())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new MigrateException(
                    ErrorKind.FILE_ACCESS, "Cannot read classpath folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<String> inJar(Path jar, String prefix) {
        if (!Files.isRegularFile(jar)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry jarEntry = entries.nextElement();
                String entry = jarEntry.getName();
                if (entry.startsWith(prefix + "/")
                        && entry.endsWith(".class")
                        && namesEntity(file.getInputStream(jarEntry).readAllBytes())) {
                    String name = className(entry);
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new MigrateException(
                    ErrorKind.FILE_ACCESS, "Cannot read classpath jar " + jar + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static byte[] read(Path classFile) {
        try {
            return Files.readAllBytes(classFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean namesEntity(byte[] classFile) {
        outer:
        for (int i = 0; i <= classFile.length - ENTITY_DESCRIPTOR.length; i++) {
            for (int j = 0; j < ENTITY_DESCRIPTOR.length; j++) {
                if (classFile[i + j] != ENTITY_DESCRIPTOR[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The class name of a class file, or empty for module and package descriptors. */
    private static String className(String relativePath) {
        String name = relativePath.substring(0, relativePath.length() - ".class".length());
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
            return "";
        }
        return name.replace('/', '.');
    }

    /** Java N writes class file version N + 44. */
    private static final int CLASS_FILE_VERSION_OF_JAVA_0 = 44;

    /**
     * The error for a class compiled for a newer Java than the one running: it names the class
     * file's version and the JDK to run the program with.
     */
    private static BadInputException newerJava(String name, ClassLoader loader, UnsupportedClassVersionError e) {
        int major = -1;
        try (java.io.InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in != null) {
                byte[] header = in.readNBytes(8);
                major = header.length == 8 ? ((header[6] & 0xff) << 8) | (header[7] & 0xff) : -1;
            }
        } catch (IOException ignored) {
            // the message below still names the class and the running Java
        }
        int running = Runtime.version().feature();
        String compiledFor = major > 0
                ? "Java " + (major - CLASS_FILE_VERSION_OF_JAVA_0) + " (class file version " + major + ")"
                : "a newer Java";
        String jdk = major > 0 ? "JDK " + (major - CLASS_FILE_VERSION_OF_JAVA_0) + " or newer" : "a newer JDK";
        return new BadInputException(
                ErrorKind.BAD_CONFIGURATION,
                "Cannot load " + name + ": it was compiled for " + compiledFor
                        + " and migrate runs on Java " + running + ". Run migrate with " + jdk + " (JAVA_HOME, or that "
                        + "JDK's java -jar migrate.jar), or use the Maven plugin (mvn migrate:check), which runs on the "
                        + "build's JDK");
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> annotation(String name, ClassLoader loader) {
        return (Class<? extends Annotation>) load(name, loader);
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (UnsupportedClassVersionError e) {
            throw newerJava(name, loader, e);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MigrateException(
                    ErrorKind.BAD_CONFIGURATION, "Cannot load " + name + " from the classpath: " + e, e);
        }
    }
}
