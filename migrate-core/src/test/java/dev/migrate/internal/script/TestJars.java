package dev.migrate.internal.script;

import dev.migrate.Migration;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds real jars for tests: compiles Java sources against migrate-core and packs entries with directory entries. */
final class TestJars {

    private TestJars() {}

    /** Compiles one class whose source mentions only migrate-core and the JDK; returns its class file's bytes. */
    static byte[] compile(Path workDirectory, String className, String source) throws IOException {
        Path sources = Files.createDirectories(workDirectory.resolve("src"));
        Path classes = Files.createDirectories(workDirectory.resolve("classes"));
        Path file = sources.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled = compiler.getTask(
                        errors,
                        null,
                        null,
                        List.of("-d", classes.toString(), "-classpath", coreClasses(), "--release", "17"),
                        null,
                        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(file))
                .call();
        if (!compiled) {
            throw new IllegalStateException("Could not compile " + className + ":\n" + errors);
        }
        return Files.readAllBytes(classes.resolve(className.replace('.', '/') + ".class"));
    }

    private static String coreClasses() {
        try {
            return Path.of(Migration.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a jar holding the entries and a directory entry for each of their parents, as Maven
     * and Gradle do. Stored (uncompressed) entries are what Spring Boot needs for nested jars.
     */
    static Path write(Path jar, Map<String, byte[]> entries, boolean stored) throws IOException {
        TreeSet<String> directories = new TreeSet<>();
        for (String name : entries.keySet()) {
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                directories.add(name.substring(0, slash + 1));
            }
        }
        Map<String, byte[]> all = new TreeMap<>();
        directories.forEach(directory -> all.put(directory, new byte[0]));
        all.putAll(entries);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : all.entrySet()) {
                JarEntry jarEntry = new JarEntry(entry.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    jarEntry.setMethod(ZipEntry.STORED);
                    jarEntry.setSize(entry.getValue().length);
                    jarEntry.setCompressedSize(entry.getValue().length);
                    jarEntry.setCrc(crc.getValue());
                }
                jarOut.putNextEntry(jarEntry);
                jarOut.write(entry.getValue());
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
