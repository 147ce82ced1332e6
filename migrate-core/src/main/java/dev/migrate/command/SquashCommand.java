package dev.migrate.command;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.autogenerate.Squash;
import dev.migrate.autogenerate.render.RevisionInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code squash --up-to REV -m MSG}: writes one revision standing for every revision from base to
 * REV (see {@link Squash}), in the configured revision format, beside REV's file.
 */
public final class SquashCommand {

    private final RevisionFileSettings settings;
    private final Supplier<LocalDateTime> clock;
    private final Console console;

    public SquashCommand(RevisionFileSettings settings, Supplier<LocalDateTime> clock, Console console) {
        this.settings = settings;
        this.clock = clock;
        this.console = console;
    }

    public SquashCommand(RevisionFileSettings settings, Console console) {
        this(settings, LocalDateTime::now, console);
    }

    /**
     * @param versionPath one of the version locations, or {@code null} for the folder of REV's file
     * @return the file written
     */
    public Path squash(Migrate migrate, String upTo, String message, String revId, Path versionPath) {
        if (upTo == null || upTo.isBlank()) {
            throw new BadInputException("squash needs --up-to REV: the last revision the squash replaces");
        }
        String id = revId == null ? RevisionIds.generate() : RevisionIds.verify(revId);
        if (migrate.graph().lookup(id).isPresent() || migrate.graph().squashedInto(id).isPresent()) {
            throw new BadInputException("Revision " + id + " already exists; choose another --rev-id");
        }
        Squash.Plan plan = Squash.plan(migrate, upTo);
        String text = message == null ? "squashed " + plan.replaces().get(0) + ".." + plan.last() : message;
        LocalDateTime created = clock.get();
        String baseName = settings.fileNames().render(id, text, created);
        String name = settings.format() == RevisionFormat.JAVA ? JavaNames.className(baseName) : baseName;
        RevisionInfo info = new RevisionInfo(id, List.of(), text, settings.javaPackage(), name, created)
                .squashing(plan.replaces(), new ArrayList<>(plan.branchLabels()));
        String content = Squash.render(plan, info,
                dev.migrate.autogenerate.RevisionFormat.valueOf(settings.format().name()),
                dev.migrate.dialect.Dialect.named(migrate.databaseDialect()));
        Path file = folder(versionPath, plan.last()).resolve(name + "." + settings.format().extension())
                .toAbsolutePath();
        console.status("Generating " + file, () -> {
            createDirectories(file.getParent());
            RevisionCommand.writeNew(file, content);
        });
        console.message("Revision " + id + " replaces " + String.join(", ", plan.replaces()) + ".");
        if (!plan.notCarried().isEmpty()) {
            console.note("WARNING: the revisions up to " + plan.last() + " leave what " + id + " does not create: "
                    + String.join(", ", plan.notCarried()) + ". Add it to " + file.getFileName()
                    + " (bulkInsert or execute, INSERT or CREATE in SQL) before a fresh database relies on it.");
        }
        return file;
    }

    /** {@code --version-path}, else the folder of the range's last revision, else the single location. */
    private Path folder(Path versionPath, String last) {
        List<Path> locations = settings.versionLocations();
        if (versionPath != null) {
            Path wanted = versionPath.toAbsolutePath().normalize();
            return locations.stream().filter(l -> l.toAbsolutePath().normalize().equals(wanted)).findFirst()
                    .orElseThrow(() -> new BadInputException("Path " + versionPath
                            + " is not represented in current version locations"));
        }
        for (RevisionFile existing : RevisionFileReader.read(locations)) {
            if (existing.id().equals(last)) {
                return existing.path().getParent();
            }
        }
        if (locations.size() == 1) {
            return locations.get(0);
        }
        throw new BadInputException(locations.isEmpty()
                ? "No version_locations are configured; set version_locations to the folder new revisions are written to"
                : "Multiple version locations present, please specify --version-path");
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MigrateException("Cannot create " + folder + ": " + e.getMessage(), e);
        }
    }
}
