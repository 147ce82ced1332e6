package dev.migrate.internal.autogenerate.render;

import dev.migrate.Migration;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a generated revision with the JDK's compiler against the test class path and loads it. */
public final class JavaCompilation {

    private JavaCompilation() {}

    public static Migration compileAndLoad(String source, String packageName, String className, Path workDir)
            throws Exception {
        Path sources = workDir.resolve("src").resolve(packageName.replace('.', '/'));
        Files.createDirectories(sources);
        Path file = sources.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        compile(file, classes);
        URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, JavaCompilation.class.getClassLoader());
        Class<?> type = loader.loadClass(packageName + "." + className);
        return (Migration) type.getDeclaredConstructor().newInstance();
    }

    /** Compiles a revision into an existing class directory, without loading it. */
    public static void compileInto(String source, String packageName, String className, Path workDir, Path classes)
            throws IOException {
        Path sources = workDir.resolve("src").resolve(packageName.replace('.', '/'));
        Files.createDirectories(sources);
        Path file = sources.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        compile(file, classes);
    }

    static void compile(Path file, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString(),
                    "--release",
                    "17",
                    "-Xlint:all",
                    "-Werror");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(file))
                    .call();
            if (!ok) {
                throw new AssertionError("the generated revision does not compile:\n" + diagnostics.getDiagnostics()
                        + "\n" + Files.readString(file));
            }
        }
    }
}
