package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;

/** Compiles a user's sources (entities, generated revisions) against this test's class path, as a build would. */
final class Javac {

    private Javac() {}

    static void compile(Path classes, List<Path> sources) throws Exception {
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path") + java.io.File.pathSeparator + classes));
        sources.forEach(source -> arguments.add(source.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status)
                .as("javac " + sources + "\n" + errors.toString(StandardCharsets.UTF_8))
                .isZero();
    }
}
