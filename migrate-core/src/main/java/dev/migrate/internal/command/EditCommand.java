package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code edit REV}: opens the file of each revision REV names in the user's editor, as Alembic's
 * {@code edit}. REV is resolved among the revision files of the version locations (what
 * {@code revision} reads, so a Java revision can be edited before it is compiled), or, when those
 * hold none, among the scripts of the locations. {@code current} names the database's revisions.
 */
public final class EditCommand {

    private final RevisionFileSettings files;
    private final Supplier<ScriptGraph> scripts;
    private final Editor editor;

    /**
     * @param files   the version locations
     * @param scripts the locations' scripts, read only when the version locations hold no revision file
     * @param editor  the editor to open files in
     */
    public EditCommand(RevisionFileSettings files, Supplier<ScriptGraph> scripts, Editor editor) {
        this.files = files;
        this.scripts = scripts;
        this.editor = editor;
    }

    /** @param currents the database's heads, asked for only when {@code rev} is {@code current} */
    public void edit(String rev, Supplier<List<String>> currents) {
        Map<String, Path> paths = new LinkedHashMap<>();
        RevisionGraph graph;
        List<RevisionFile> sources = RevisionFileReader.read(files.versionLocations());
        if (!sources.isEmpty()) {
            graph = RevisionGraph.of(sources.stream().map(RevisionFile::node).toList());
            sources.forEach(file -> paths.put(file.id(), file.path()));
        } else {
            ScriptGraph loaded = scripts.get();
            graph = loaded.graph();
            loaded.sources().forEach((id, source) -> fileOf(source).ifPresent(path -> paths.put(id, path)));
        }
        List<String> ids;
        if (rev.equals("current")) {
            ids = currents.get();
            if (ids.isEmpty()) {
                throw new MigrateException(ErrorKind.BAD_USAGE, "No current revisions");
            }
        } else {
            ids = graph.resolve(rev);
            if (ids.isEmpty()) {
                throw new BadInputException(
                        ErrorKind.UNKNOWN_REVISION, "No revision files indicated by symbol '" + rev + "'");
            }
        }
        for (String id : ids) {
            Path path = paths.get(id);
            if (path == null) {
                throw new BadInputException(
                        ErrorKind.UNKNOWN_REVISION,
                        "Revision " + id + " has no file in the version locations " + files.versionLocations()
                                + ": set version_locations to the folder that holds its source");
            }
            editor.open(path);
        }
    }

    private static Optional<Path> fileOf(String source) {
        try {
            Path path = Path.of(source);
            return path.isAbsolute() && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }
}
