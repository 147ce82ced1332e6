package dev.migrate.sample.readme;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A copy of the sample project (sources, resources, {@code migrate.properties}, the templates
 * {@code init} made) in a folder of its own, compiled into its own {@code target/classes} against
 * the sample's dependencies. The copy cannot be built by Maven on its own (the migrate modules
 * are not installed in a repository), so compiling here stands in for the README's {@code mvn}.
 */
final class SampleCopy {

    private final Path root;
    private final List<String> dependencies;
    /** The sources as last compiled (paths and contents), so an unchanged copy is not compiled again. */
    private List<String> compiledSources = List.of();

    private SampleCopy(Path root, List<String> dependencies) {
        this.root = root;
        this.dependencies = dependencies;
    }

    /** Copies the sample module (the working directory of its tests) to {@code folder}. */
    static SampleCopy of(Path sample, Path folder) throws IOException {
        copyTree(sample.resolve("src/main"), folder.resolve("src/main"));
        copyTree(sample.resolve("migrations"), folder.resolve("migrations"));
        Files.copy(sample.resolve("migrate.properties"), folder.resolve("migrate.properties"));
        Path ownClasses = sample.resolve("target/classes").toAbsolutePath().normalize();
        Path ownTestClasses =
                sample.resolve("target/test-classes").toAbsolutePath().normalize();
        List<String> dependencies = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> {
                    Path path = Path.of(entry).toAbsolutePath().normalize();
                    return !path.equals(ownClasses) && !path.equals(ownTestClasses);
                })
                .toList();
        return new SampleCopy(folder, dependencies);
    }

    Path root() {
        return root;
    }

    Path classes() {
        return root.resolve("target/classes");
    }

    /** The class path that runs the copy: its classes, then the sample's dependencies. */
    String runtimeClassPath() {
        List<String> entries = new ArrayList<>();
        entries.add(classes().toString());
        entries.addAll(dependencies);
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Compiles every source of the copy and copies its resources, as {@code mvn compile} would;
     * like Maven, does nothing when no source changed since the last time.
     */
    void compile() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        List<String> fingerprint = new ArrayList<>();
        for (Path source : sources) {
            fingerprint.add(source + "\n" + Files.readString(source));
        }
        if (fingerprint.equals(compiledSources)) {
            return;
        }
        Files.createDirectories(classes());
        List<String> arguments = new ArrayList<>(List.of(
                "-d",
                classes().toString(),
                "-cp",
                String.join(File.pathSeparator, dependencies),
                "-parameters",
                "-proc:none",
                "-encoding",
                "UTF-8"));
        sources.forEach(f -> arguments.add(f.toString()));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (compiler.run(null, null, errors, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("The copy of the sample does not compile:\n" + errors);
        }
        copyTree(root.resolve("src/main/resources"), classes());
        compiledSources = fingerprint;
    }

    /** Adds {@code code} after the first line of {@code file} that contains {@code anchor}. */
    void insert(String file, String anchor, String code) throws IOException {
        Path path = root.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(anchor)) {
                lines.add(i + 1, "");
                lines.add(i + 2, code.stripTrailing());
                Files.writeString(path, String.join("\n", lines) + "\n");
                return;
            }
        }
        throw new IllegalStateException(file + " has no line containing \"" + anchor + "\" (named by the README)");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
