package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.autogenerate.RevisionFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code init} and {@code list_templates}: create a folder for revisions with the editable
 * templates of new revisions and a {@code migrate.properties}, as Alembic's {@code init} creates
 * a script directory and {@code alembic.ini}.
 */
public final class InitCommand {

    /** The URL init writes; loading a configuration that still holds it is an error saying what to do. */
    public static final String URL_PLACEHOLDER = "jdbc:<database>://<host>:<port>/<dbname>";

    private static final String JAVA_VERSION_LOCATION = "src/main/java/db/migrations";

    private final Console console;

    public InitCommand(Console console) {
        this.console = console;
    }

    /** Alembic's {@code list_templates}, with this program's name in the example. */
    public void listTemplates(String programName) {
        console.answer("Available templates:\n");
        for (RevisionFormat format : RevisionFormat.values()) {
            console.answer(format.extension() + " - " + format.synopsis());
        }
        console.answer("\nTemplates are used via the 'init' command, e.g.:");
        console.answer("\n  " + programName + " init --template sql ./migrations");
    }

    /**
     * Creates {@code directory} (which must be missing or empty) with the templates, and
     * {@code configFile} unless it exists.
     */
    public void init(Path directory, RevisionFormat format, Path configFile) {
        if (Files.isDirectory(directory) && !isEmpty(directory)) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "Directory " + directory + " already exists and is not empty");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new BadInputException(ErrorKind.BAD_USAGE, directory + " exists and is not a directory");
        }
        if (!Files.exists(directory)) {
            createDirectory(directory);
        }
        if (format == RevisionFormat.SQL) {
            createDirectory(directory.resolve("versions"));
        }
        copy("README", directory.resolve("README"));
        for (RevisionFormat each : RevisionFormat.values()) {
            copy(each.scriptTemplateFileName(), directory.resolve(each.scriptTemplateFileName()));
        }
        Path config = configFile.toAbsolutePath();
        if (Files.exists(config)) {
            console.message("File " + config + " already exists, skipping");
        } else {
            String text = RevisionCommand.builtInTemplate("migrate.properties.template")
                    .render(configValues(directory, format, config));
            console.status("Generating " + config, () -> write(config, text));
        }
        console.message("Please edit configuration/connection settings in " + config + " before proceeding.");
    }

    private static Map<String, String> configValues(Path directory, RevisionFormat format, Path config) {
        Path absolute = directory.toAbsolutePath().normalize();
        // relative to the configuration file when it is beside or above the folder, as Alembic's %(here)s
        String scriptLocation = absolute.startsWith(config.getParent())
                ? slashes(config.getParent().relativize(absolute))
                : slashes(absolute);
        boolean java = format == RevisionFormat.JAVA;
        return Map.of(
                "url",
                URL_PLACEHOLDER,
                "locations",
                java ? "classpath:db/migrations" : "filesystem:" + scriptLocation + "/versions",
                "classpath_line",
                java
                        ? "# Where compiled Java revisions are, comma-separated folders and jars.\n"
                                + "classpath = target/classes\n"
                        : "",
                "script_location",
                scriptLocation,
                "version_locations",
                java ? JAVA_VERSION_LOCATION : scriptLocation + "/versions",
                "revision_format",
                format.extension(),
                "revision_package",
                RevisionFileSettings.DEFAULT_JAVA_PACKAGE,
                "file_template",
                FileNameTemplate.DEFAULT);
    }

    private static String slashes(Path path) {
        String text = path.normalize().toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    private void createDirectory(Path directory) {
        Path absolute = directory.toAbsolutePath();
        console.status("Creating directory " + absolute, () -> {
            try {
                Files.createDirectories(absolute);
            } catch (IOException e) {
                throw new MigrateException(
                        ErrorKind.FILE_ACCESS, "Cannot create " + absolute + ": " + e.getMessage(), e);
            }
        });
    }

    private void copy(String resource, Path target) {
        Path absolute = target.toAbsolutePath();
        console.status("Generating " + absolute, () -> {
            try (InputStream in = InitCommand.class.getResourceAsStream("templates/" + resource)) {
                write(absolute, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.FILE_ACCESS, "Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
