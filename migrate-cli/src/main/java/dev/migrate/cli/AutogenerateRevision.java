package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.autogenerate.Autogenerate;
import dev.migrate.autogenerate.CompareOptions;
import dev.migrate.autogenerate.Diff;
import dev.migrate.autogenerate.render.RevisionInfo;
import dev.migrate.command.JavaNames;
import dev.migrate.command.RevisionFileSettings;
import dev.migrate.command.RevisionFormat;
import dev.migrate.command.RevisionIds;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.SchemaModel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;

/** {@code revision --autogenerate}: the revision that brings the database to the entities, or nothing. */
final class AutogenerateRevision {

    private AutogenerateRevision() {
    }

    static void write(CliRun run, String entities, String message, String revId, String versionPath) {
        SchemaModel target = run.entityModel(entities);
        Migrate migrate = run.migrate();
        Diff diff = Autogenerate.compare(migrate, target, CompareOptions.defaults());
        if (diff.isEmpty()) {
            run.console().answer(Autogenerate.NO_CHANGES);
            return;
        }
        RevisionFileSettings files = run.settings().revisionFiles();
        String id = revId == null ? RevisionIds.generate() : RevisionIds.verify(revId);
        if (migrate.graph().find(id).isPresent()) {
            throw new BadInputException("Revision " + id + " already exists; choose another --rev-id");
        }
        String text = message == null ? "empty message" : message;
        LocalDateTime created = LocalDateTime.now();
        String baseName = files.fileNames().render(id, text, created);
        String name = files.format() == RevisionFormat.JAVA ? JavaNames.className(baseName) : baseName;
        RevisionInfo info = new RevisionInfo(id, migrate.graph().heads(), text, files.javaPackage(), name, created);
        Path folder = folder(run, files.versionLocations(), versionPath);
        Path file = folder.resolve(name + "." + files.format().extension()).toAbsolutePath();
        String content = Autogenerate.render(diff, info, dev.migrate.autogenerate.RevisionFormat.valueOf(files.format().name()),
                Dialect.named(migrate.databaseDialect()));
        run.console().status("Generating " + file, () -> writeNew(file, content));
    }

    private static Path folder(CliRun run, List<Path> locations, String versionPath) {
        if (versionPath != null) {
            Path wanted = run.resolve(Path.of(versionPath)).toAbsolutePath().normalize();
            return locations.stream().filter(l -> l.toAbsolutePath().normalize().equals(wanted)).findFirst()
                    .orElseThrow(() -> new BadInputException("Path " + versionPath
                            + " is not represented in current version locations"));
        }
        if (locations.size() != 1) {
            throw new BadInputException(locations.isEmpty()
                    ? "No version_locations are configured; set version_locations to the folder new revisions are written to"
                    : "Multiple version locations present, please specify --version-path");
        }
        return locations.get(0);
    }

    private static void writeNew(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("File " + file + " already exists; choose another revision id or message");
        } catch (IOException e) {
            throw new MigrateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
