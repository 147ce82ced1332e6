package dev.migrate.internal.importer;

import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.runtime.MigrationRunner;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.SqlRevisionParser;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stamps migrate's version table at an imported revision without running anything, with a graph of
 * the imported revisions themselves: they need not be among the configured locations yet. A
 * database migrate already manages at another revision is refused.
 */
public final class ImportStamp {

    private ImportStamp() {}

    /** Stamps at {@code target}, with the revisions as written in {@code folder} (edits included). */
    public static void stamp(Migrate engine, List<ImportedRevision> revisions, Path folder, String target) {
        Map<String, RevisionScript> scripts = new LinkedHashMap<>();
        for (ImportedRevision revision : revisions) {
            Path file = folder.resolve(revision.fileName());
            try {
                scripts.put(
                        revision.id(),
                        Files.isRegularFile(file)
                                ? SqlRevisionParser.parse(file.toString(), Files.readAllBytes(file))
                                : SqlRevisionParser.parse(revision.fileName(), revision.text()));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
            }
        }
        MigrationRunner runner = new MigrationRunner(
                engine.dataSource(),
                engine.settings(),
                RevisionGraph.of(
                        scripts.values().stream().map(RevisionScript::node).toList()),
                scripts,
                List.of());
        List<String> current = runner.current();
        if (!current.isEmpty() && !current.equals(List.of(target))) {
            throw new MigrateException(
                    ErrorKind.BAD_USAGE,
                    "The database is already managed by migrate: its version table "
                            + engine.settings().versionTable() + " is at " + String.join(", ", current)
                            + ", not at the "
                            + "imported " + target
                            + ". It was not stamped; check with 'migrate current' and 'migrate history'.");
        }
        runner.stamp(List.of(target), false, engine.tag());
    }
}
