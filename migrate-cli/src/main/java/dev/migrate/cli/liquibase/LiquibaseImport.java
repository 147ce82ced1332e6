package dev.migrate.cli.liquibase;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.importer.ImportReport;
import dev.migrate.internal.importer.ImportedRevision;
import dev.migrate.internal.importer.SqlRevisionText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns changesets into one linear chain of SQL revisions in the order Liquibase runs them. Ids come
 * from the changeset's id and author ({@code L_<id>_<author>}, the file's name added when two files
 * share both), so importing again writes the same files. Contexts, labels and preconditions are
 * reported: every revision runs on every database.
 */
final class LiquibaseImport {

    private final ImportReport report = new ImportReport();
    /** The changeset's key as DATABASECHANGELOG holds it → revision id. */
    private final Map<String, String> keys = new LinkedHashMap<>();

    private static final Pattern PARAMETER = Pattern.compile("\\$\\{([^}\\s]+)}");

    static LiquibaseImport of(List<ChangeSet> changeSets) {
        return of(changeSets, Map.of(), true);
    }

    /**
     * @param parameters   the changelog parameters' values: the changelogs' properties, overridden
     *                     by {@code --placeholder} (as Liquibase's command-line parameters override them)
     * @param allowUnknown whether change types without a translation may be written as a commented
     *                     TODO; without it the import is refused with their list
     * @throws BadInputException listing every {@code ${name}} without a value, or every untranslated
     *                           change type, before anything is written
     */
    static LiquibaseImport of(List<ChangeSet> changeSets, Map<String, String> parameters, boolean allowUnknown) {
        List<String> unknown = new ArrayList<>();
        for (ChangeSet changeSet : changeSets) {
            for (String type : changeSet.unknown()) {
                unknown.add(type + " in changeset " + changeSet.id() + " by " + changeSet.author() + " ("
                        + changeSet.file() + ")");
            }
        }
        if (!unknown.isEmpty() && !allowUnknown) {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT,
                    "Change types that migrate cannot translate: " + String.join("; ", unknown)
                            + ". Nothing was written. Replace each by a <sql> change with its SQL in the changelog (Liquibase "
                            + "runs the same), or pass --allow-unknown to write them as commented TODOs with a WARNING, "
                            + "which you must then edit before the revisions run.");
        }
        Set<String> unresolved = new java.util.TreeSet<>();
        List<ChangeSet> replaced = new ArrayList<>();
        for (ChangeSet changeSet : changeSets) {
            replaced.add(changeSet.map(text -> replace(text, parameters, unresolved, changeSet)));
        }
        if (!unresolved.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "Changelog parameters without a value: " + String.join(", ", unresolved)
                            + ". Nothing was written. Give each its value with --placeholder NAME=VALUE (as Liquibase's "
                            + "changeLogParameters or -DNAME=VALUE did), or define it with <property> in the changelog; "
                            + "migrate writes the values into the revisions.");
        }
        LiquibaseImport result = new LiquibaseImport();
        result.plan(replaced);
        return result;
    }

    private static String replace(
            String text, Map<String, String> parameters, Set<String> unresolved, ChangeSet changeSet) {
        Matcher matcher = PARAMETER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = parameters.get(matcher.group(1));
            if (value == null) {
                unresolved.add(
                        "${" + matcher.group(1) + "} (changeset " + changeSet.id() + " in " + changeSet.file() + ")");
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private void plan(List<ChangeSet> changeSets) {
        Set<String> ids = new HashSet<>();
        String parent = null;
        for (ChangeSet changeSet : changeSets) {
            String id = "L_" + slug(changeSet.id()) + "_" + slug(changeSet.author());
            if (!ids.add(id)) {
                String file = changeSet.file().substring(changeSet.file().lastIndexOf('/') + 1);
                id = id + "_" + slug(file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file);
                ids.add(id);
            }
            List<String> notes = new ArrayList<>();
            notes.add("Imported from the Liquibase changeset " + changeSet.id() + " by " + changeSet.author() + " in "
                    + changeSet.file() + ".");
            for (String note : changeSet.notes()) {
                if (note.startsWith("WARNING ")) {
                    report.warn("Changeset " + changeSet.id() + " (" + changeSet.file() + "): "
                            + note.substring("WARNING ".length()));
                } else {
                    report.note("Changeset " + changeSet.id() + " (" + changeSet.file() + ") has " + note
                            + "; revision " + id + " runs on every database (use a branch label or split the "
                            + "revision where it must not).");
                }
            }
            String downgrade = changeSet.rollback().isBlank()
                    ? "-- Liquibase had no rollback for this changeset, so the downgrade is empty.\n"
                    : changeSet.rollback();
            String message = changeSet.comment() != null && !changeSet.comment().isBlank()
                    ? changeSet.comment()
                    : changeSet.id() + " by " + changeSet.author();
            report.add(new ImportedRevision(
                    id, id + ".sql", SqlRevisionText.of(id, parent, message, notes, changeSet.upgrade(), downgrade)));
            keys.put(key(changeSet.id(), changeSet.author(), changeSet.file()), id);
            parent = id;
        }
    }

    static String key(String id, String author, String file) {
        String normalised =
                file.replace('\\', '/').replaceFirst("^classpath:", "").replaceFirst("^/+", "");
        return id + "::" + author + "::" + normalised;
    }

    private static String slug(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "").toLowerCase(Locale.ROOT);
    }

    ImportReport report() {
        return report;
    }

    Map<String, String> keys() {
        return keys;
    }
}
