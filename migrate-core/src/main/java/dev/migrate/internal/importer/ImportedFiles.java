package dev.migrate.internal.importer;

import dev.migrate.internal.command.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an import's revisions into the version folder and prints what was reported. Importing
 * again writes the same names and text; a file that exists is never overwritten, so a revision the
 * user edited after the import (a ported Java migration) stays as edited.
 */
public final class ImportedFiles {

    private ImportedFiles() {}

    public static void write(ImportReport report, Path folder, Console console) {
        try {
            Files.createDirectories(folder);
            for (ImportedRevision revision : report.revisions()) {
                Path file = folder.resolve(revision.fileName());
                if (!Files.exists(file)) {
                    Files.writeString(file, revision.text(), StandardCharsets.UTF_8);
                    console.message("  Generating " + file);
                } else if (Files.readString(file, StandardCharsets.UTF_8).equals(revision.text())) {
                    console.message("  Unchanged " + file);
                } else {
                    // a ported Java migration, a fixed statement: the user's edit wins
                    console.message("  Kept " + file + " (edited since it was imported; delete it to import it again)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write the imported revisions into " + folder + ": " + e.getMessage(), e);
        }
        report.notes().forEach(note -> console.note("NOTE: " + note));
        report.warnings().forEach(warning -> console.note("WARNING: " + warning));
        console.message("Imported " + report.revisions().size() + " revision(s); head is " + report.head() + ".");
    }
}
