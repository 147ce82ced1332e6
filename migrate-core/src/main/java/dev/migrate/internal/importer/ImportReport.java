package dev.migrate.internal.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import wrote and what the user must know: warnings (a Java migration to port by hand, an
 * unknown change type written as SQL) and notes (a baseline script taken as an alias).
 */
public final class ImportReport {

    private final List<ImportedRevision> revisions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void add(ImportedRevision revision) {
        revisions.add(revision);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<ImportedRevision> revisions() {
        return List.copyOf(revisions);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The id of the last revision of the chain, or {@code null} when nothing was imported. */
    public String head() {
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1).id();
    }
}
