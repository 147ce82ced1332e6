package dev.migrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * N JPA entities for benchmark 3, written as Java source and compiled once with the JDK's compiler
 * into the work folder: Hibernate's validation needs real mapped classes. Entity {@code i} maps
 * table {@code t_0000i}: a key, a not-null string with an index, a decimal, a timestamp, and (from
 * the second on) a many-to-one to the entity before it. Names are explicit, so Hibernate's default
 * naming and Spring Boot's agree.
 *
 * @param size    how many entities
 * @param classes the folder of the compiled classes
 */
record EntityClasses(int size, Path classes) {

    static final String PACKAGE = "bench.entities";

    /** Compiles the entities below {@code root}/entities-N, or reuses them when already there. */
    static EntityClasses compile(Path root, int size) {
        Path folder = root.resolve("entities-" + size);
        EntityClasses entities = new EntityClasses(size, folder.resolve("classes"));
        Path done = folder.resolve("compiled");
        if (Files.exists(done)) {
            return entities;
        }
        try {
            Path sources = Files.createDirectories(folder.resolve("src").resolve(PACKAGE.replace('.', '/')));
            Files.createDirectories(entities.classes());
            List<String> arguments = new ArrayList<>(List.of(
                    "-d",
                    entities.classes().toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-proc:none",
                    "-nowarn"));
            for (int i = 1; i <= size; i++) {
                Path file = sources.resolve(className(i) + ".java");
                Files.writeString(file, source(i));
                arguments.add(file.toString());
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            if (compiler == null) {
                throw new IllegalStateException(
                        "Benchmark 3 compiles its entities at run time: run it on a JDK, not a JRE");
            }
            Progress.say("autogenerate: compiling " + size + " entity classes");
            if (compiler.run(null, null, System.err, arguments.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("The generated entities in " + sources + " did not compile");
            }
            Files.writeString(done, "");
            return entities;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the entities below " + folder, e);
        }
    }

    /**
     * The entity classes, loaded by a class loader of their own over this JVM's class path. That
     * loader becomes the thread's context class loader, where Hibernate looks classes up by name
     * (the CLI does the same for {@code --entities}).
     */
    List<Class<?>> load() {
        try {
            ClassLoader loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, EntityClasses.class.getClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            List<Class<?>> loaded = new ArrayList<>(size);
            for (int i = 1; i <= size; i++) {
                loaded.add(Class.forName(PACKAGE + "." + className(i), false, loader));
            }
            return loaded;
        } catch (MalformedURLException | ClassNotFoundException e) {
            throw new IllegalStateException(
                    "Could not load the compiled entities from " + classes + ": " + e.getMessage(), e);
        }
    }

    static String table(int i) {
        return String.format(Locale.ROOT, "t_%05d", i);
    }

    private static String className(int i) {
        return String.format(Locale.ROOT, "E%05d", i);
    }

    private static String source(int i) {
        String table = table(i);
        String parent =
                i == 1 ? "" : "    @ManyToOne @JoinColumn(name = \"parent_id\") " + className(i - 1) + " parent;\n";
        return "package " + PACKAGE + ";\n\n"
                + "import jakarta.persistence.*;\n\n"
                + "@Entity\n"
                + "@Table(name = \"" + table + "\", indexes = @Index(name = \"ix_" + table
                + "_name\", columnList = \"name\"))\n"
                + "public class " + className(i) + " {\n"
                + "    @Id Long id;\n"
                + "    @Column(name = \"name\", nullable = false, length = 100) String name;\n"
                + "    @Column(name = \"amount\", precision = 12, scale = 2) java.math.BigDecimal amount;\n"
                + "    @Column(name = \"created_at\") java.time.LocalDateTime createdAt;\n"
                + parent
                + "}\n";
    }
}
