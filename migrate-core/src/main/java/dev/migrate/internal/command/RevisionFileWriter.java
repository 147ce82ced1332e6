package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.script.FileInFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where a new revision file goes, what it is called and how it is written: the one place
 * {@code revision}, {@code merge}, {@code revision --autogenerate} and {@code baseline} share, so
 * that every new file follows {@code version_locations}, {@code --version-path},
 * {@code file_template} and the format's naming rules the same way.
 */
final class RevisionFileWriter {

    /** The message of a revision written without {@code -m} (Alembic's); its file name's slug is empty. */
    static final String EMPTY_MESSAGE = "empty message";

    private final RevisionFileSettings settings;
    private final Supplier<LocalDateTime> clock;
    private final Console console;

    RevisionFileWriter(RevisionFileSettings settings, Supplier<LocalDateTime> clock, Console console) {
        this.settings = settings;
        this.clock = clock;
        this.console = console;
    }

    RevisionFormat format() {
        return settings.format();
    }

    /** The revision files already in the version locations, read from their sources. */
    List<RevisionFile> existing() {
        return RevisionFileReader.read(settings.versionLocations());
    }

    /**
     * The folder of a new revision: {@code versionPath} when given (it must be one of the version
     * locations), the only version location, else the folder of one of {@code parents}.
     */
    Path folder(String versionPath, List<String> parents, List<RevisionFile> existing) {
        List<Path> locations = settings.versionLocations();
        if (versionPath != null) {
            Path wanted = Path.of(versionPath).toAbsolutePath().normalize();
            return locations.stream()
                    .filter(l -> l.toAbsolutePath().normalize().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new BadInputException(
                            ErrorKind.BAD_CONFIGURATION,
                            "Path " + versionPath + " is not represented in current version locations"));
        }
        if (locations.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "No version_locations are configured; set version_locations to the "
                            + "folder new revisions are written to");
        }
        if (locations.size() == 1) {
            return locations.get(0);
        }
        for (String parent : parents) {
            for (RevisionFile file : existing) {
                if (file.id().equals(parent)) {
                    return file.path().getParent();
                }
            }
        }
        throw new BadInputException(
                ErrorKind.BAD_USAGE, "Multiple version locations present, please specify --version-path");
    }

    /**
     * Now, or a second later than the newest file when that one was made within the same second:
     * names that start with the time would otherwise sort by the random id.
     */
    LocalDateTime creationTime(Path folder, String id, String message) {
        LocalDateTime now = clock.get();
        LocalDateTime created = now.withNano(now.getNano() / 1000 * 1000);
        String newest = newestFileName(folder);
        for (int attempt = 0; attempt < 120 && newest != null; attempt++) {
            String name = baseName(id, message, created) + "." + format().extension();
            if (name.compareTo(newest) > 0
                    || name.equals(baseName(id, message, created.plusSeconds(1)) + "." + format().extension())) {
                break;
            }
            created = created.plusSeconds(1);
        }
        return created;
    }

    /** The file's name without extension; for Java, a valid class name (the class is named the same). */
    String baseName(String id, String message, LocalDateTime created) {
        String name = settings.fileNames().render(id, message, created);
        return format() == RevisionFormat.JAVA ? JavaNames.className(name) : name;
    }

    /** The package of new Java revisions. */
    String javaPackage() {
        return settings.javaPackage();
    }

    /**
     * Writes a new file {@code baseName.<extension>} in {@code folder}, never over an existing one;
     * Java text is re-indented with the {@code revision_indent} setting.
     */
    Path write(Path folder, String baseName, String text) {
        Path file = FileInFolder.resolve(
                folder,
                baseName + "." + format().extension(),
                "file_template '" + settings.fileNames().template() + "'");
        String content = format() == RevisionFormat.JAVA ? settings.indent().apply(text) : text;
        ensureDirectory(folder);
        console.status("Generating " + file.toAbsolutePath(), () -> writeNew(file, content));
        return file;
    }

    private String newestFileName(Path folder) {
        String extension = "." + format().extension();
        try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(extension))
                    .max(String::compareTo)
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureDirectory(Path folder) {
        Path absolute = folder.toAbsolutePath();
        if (!Files.exists(absolute)) {
            console.status("Creating directory " + absolute, () -> {
                try {
                    Files.createDirectories(absolute);
                } catch (IOException e) {
                    throw new MigrateException(
                            ErrorKind.FILE_ACCESS, "Cannot create " + absolute + ": " + e.getMessage(), e);
                }
            });
        }
    }

    private static void writeNew(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "File " + file + " already exists; change file_template or try again");
        } catch (NoSuchFileException e) {
            // the exception's message is the path alone
            throw new MigrateException(
                    ErrorKind.FILE_ACCESS,
                    "Cannot write " + file + ": its folder " + file.getParent() + " does not exist",
                    e);
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.FILE_ACCESS, "Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
