package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Squash;
import dev.migrate.internal.autogenerate.render.RevisionInfo;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.script.graph.GraphRevisions;
import dev.migrate.internal.script.graph.RevisionGraph;
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

    private final RevisionFileWriter files;
    private final Console console;

    public SquashCommand(RevisionFileSettings settings, Supplier<LocalDateTime> clock, Console console) {
        this.files = new RevisionFileWriter(settings, clock, console);
        this.console = console;
    }

    public SquashCommand(RevisionFileSettings settings, Console console) {
        this(settings, LocalDateTime::now, console);
    }

    /**
     * @param versionPath one of the version locations, or {@code null} for the only one, else the folder of REV's file
     * @return the file written
     */
    public Path squash(Migrate migrate, String upTo, String message, String revId, Path versionPath) {
        if (upTo == null || upTo.isBlank()) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "squash needs --up-to REV: the last revision the squash replaces");
        }
        String id = revId == null ? RevisionIds.generate() : RevisionIds.verify(revId);
        RevisionGraph graph = GraphRevisions.graphOf(migrate.revisions());
        if (graph.lookup(id).isPresent() || graph.squashedInto(id).isPresent()) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "Revision " + id + " already exists; choose another --rev-id");
        }
        Squash.Plan plan = Squash.plan(migrate, upTo);
        String text = message == null ? "squashed " + plan.replaces().get(0) + ".." + plan.last() : message;
        Path folder = files.folder(
                versionPath == null ? null : versionPath.toString(), List.of(plan.last()), files.existing());
        LocalDateTime created = files.creationTime(folder, id, text);
        String name = files.baseName(id, text, created);
        RevisionInfo info = new RevisionInfo(id, List.of(), text, files.javaPackage(), name, created)
                .squashing(plan.replaces(), new ArrayList<>(plan.branchLabels()));
        String content = Squash.render(plan, info, files.format(), Dialect.named(migrate.databaseDialect()));
        Path file = files.write(folder, name, content).toAbsolutePath();
        console.message("Revision " + id + " replaces " + String.join(", ", plan.replaces()) + ".");
        if (!plan.notCarried().isEmpty()) {
            console.note("WARNING: the revisions up to " + plan.last() + " leave what " + id + " does not create: "
                    + String.join(", ", plan.notCarried()) + ". Add it to " + file.getFileName()
                    + " (bulkInsert or execute, INSERT or CREATE in SQL) before a fresh database relies on it.");
        }
        return file;
    }
}
