package dev.migrate.cli;

import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The steps the Flyway and Liquibase import tests share: a project folder holding a copy of an
 * import corpus and a migrate.properties that writes revisions to migrations/versions, the
 * databases a test creates for it (dropped on {@link #close()}), and the revision files the import
 * wrote.
 */
final class ImportProject implements AutoCloseable {

    private final Path folder;
    private final List<ProcessDatabase> databases = new ArrayList<>();

    ImportProject(Path folder) {
        this.folder = folder;
    }

    /** Copies the corpus under this test resource folder (e.g. {@code /import/flyway}) into the project. */
    void copyCorpus(String resourceFolder) throws IOException, URISyntaxException {
        Path corpus = Path.of(ImportProject.class.getResource(resourceFolder).toURI());
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = folder.resolve(corpus.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Files.writeString(folder.resolve("migrate.properties"), """
                locations = filesystem:migrations/versions
                version_locations = migrations/versions
                """);
    }

    /** A new, empty database of this kind; an H2 one lives in the project folder under {@code name}. */
    ProcessDatabase database(TestDatabase kind, String name) {
        ProcessDatabase database = ProcessDatabase.create(kind, folder.resolve("h2-" + name));
        databases.add(database);
        return database;
    }

    List<String> revisionFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("migrations/versions"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    String read(String revisionFile) throws IOException {
        return Files.readString(folder.resolve("migrations/versions").resolve(revisionFile), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        databases.forEach(ProcessDatabase::close);
    }
}
