package dev.migrate.internal.importer.flyway;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.importer.ImportReport;
import dev.migrate.internal.importer.ImportedRevision;
import dev.migrate.internal.importer.SqlRevisionText;
import dev.migrate.internal.importer.flyway.FlywayScriptName.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Flyway's scripts into one linear chain of SQL revisions: the versioned scripts in version
 * order (SQL as written, placeholders replaced; the undo script, when there is one, as the
 * downgrade), then the repeatable scripts by description. Ids come from the versions ({@code V1_2})
 * and descriptions ({@code R_views}), so importing again writes the same files.
 *
 * <p>A baseline script ({@code B5__…}) is the state its version's versioned scripts reach: where
 * those scripts exist, a fresh database runs them and the baseline only tells {@code --stamp} where
 * a database built from it stands; where they were deleted, the newest baseline becomes the root.
 * A Java migration cannot be carried over: its revision is written empty, with a warning to port
 * its body.
 */
final class FlywayImport {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\s]+)}");

    private final ImportReport report = new ImportReport();
    /** Flyway version (canonical) → revision id, for the stamp. */
    private final Map<String, String> versions = new LinkedHashMap<>();
    /** Flyway version → the checksum Flyway records for its script. */
    private final Map<String, Integer> checksums = new LinkedHashMap<>();
    /** Repeatable description → revision id. */
    private final Map<String, String> repeatables = new LinkedHashMap<>();

    private final Map<String, Integer> repeatableChecksums = new LinkedHashMap<>();
    /** Baseline version → checksum of its B script. */
    private final Map<String, Integer> baselines = new LinkedHashMap<>();

    private FlywayImport() {}

    /**
     * Plans the revisions for {@code scripts}.
     *
     * @param placeholders the values of Flyway's placeholders ({@code spring.flyway.placeholders.*})
     * @throws BadInputException when two scripts share a version, or a placeholder has no value
     */
    public static FlywayImport of(List<FlywayScript> scripts, Map<String, String> placeholders) {
        FlywayImport result = new FlywayImport();
        result.plan(scripts, placeholders);
        return result;
    }

    private void plan(List<FlywayScript> scripts, Map<String, String> placeholders) {
        Map<String, FlywayScript> versioned = new LinkedHashMap<>();
        Map<String, FlywayScript> undo = new LinkedHashMap<>();
        Map<String, FlywayScript> baseline = new LinkedHashMap<>();
        Map<String, FlywayScript> repeatable = new LinkedHashMap<>();
        for (FlywayScript script : scripts) {
            FlywayScriptName name = script.name();
            Map<String, FlywayScript> kind =
                    switch (name.kind()) {
                        case VERSIONED -> versioned;
                        case UNDO -> undo;
                        case BASELINE -> baseline;
                        case REPEATABLE -> repeatable;
                    };
            String key = name.kind() == Kind.REPEATABLE ? name.description() : canonical(name.version());
            FlywayScript clash = kind.put(key, script);
            if (clash != null) {
                throw new BadInputException(
                        ErrorKind.BAD_SCRIPT,
                        "Two Flyway scripts have the same "
                                + (name.kind() == Kind.REPEATABLE ? "description" : "version") + ": " + clash.path()
                                + " and " + script.path()
                                + ". Flyway refuses them too; keep one.");
            }
        }
        List<FlywayScript> chain = new ArrayList<>(versioned.values());
        String newestBaseline = baseline.keySet().stream()
                .max(FlywayScriptName::compareVersions)
                .orElse(null);
        if (newestBaseline != null) {
            baselines.put(newestBaseline, baseline.get(newestBaseline).checksum());
            boolean covered =
                    versioned.keySet().stream().anyMatch(v -> FlywayScriptName.compareVersions(v, newestBaseline) <= 0);
            if (covered) {
                report.note("The baseline script "
                        + baseline.get(newestBaseline).path().getFileName()
                        + " is the state the versioned scripts up to " + newestBaseline + " reach: a fresh database "
                        + "runs those, and --stamp takes a database Flyway built from the baseline to be at "
                        + "version " + newestBaseline + ".");
            } else {
                chain.add(baseline.get(newestBaseline));
            }
        }
        baseline.keySet().stream()
                .filter(v -> !v.equals(newestBaseline))
                .forEach(v -> report.note("Older baseline " + "script "
                        + baseline.get(v).path().getFileName() + " left out: Flyway only runs the newest one."));
        chain.sort(Comparator.comparing((FlywayScript s) -> s.name().version(), FlywayScriptName::compareVersions));
        List<String> unresolved = new ArrayList<>();
        String parent = null;
        for (FlywayScript script : chain) {
            String version = canonical(script.name().version());
            String id = "V" + version.replace('.', '_');
            FlywayScript undoScript = undo.remove(version);
            parent = write(id, parent, script, undoScript, placeholders, unresolved);
            versions.put(version, id);
            checksums.put(version, script.checksum());
        }
        undo.values()
                .forEach(u -> report.warn("Undo script " + u.path().getFileName() + " has no versioned script "
                        + "of its version; it was left out."));
        List<FlywayScript> repeatableScripts = new ArrayList<>(repeatable.values());
        repeatableScripts.sort(Comparator.comparing(s -> s.name().description()));
        for (FlywayScript script : repeatableScripts) {
            String id = "R_"
                    + script.name()
                            .description()
                            .replaceAll("[^A-Za-z0-9]+", "_")
                            .toLowerCase(Locale.ROOT);
            parent = write(id, parent, script, null, placeholders, unresolved);
            repeatables.put(script.name().description(), id);
            repeatableChecksums.put(script.name().description(), script.checksum());
            report.note("Repeatable script " + script.path().getFileName() + " became revision " + id + ", which runs "
                    + "once: Flyway reran it whenever it changed, so to change it now write a new revision with the new "
                    + "text (migrate revision -m \"…\").");
        }
        if (!unresolved.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "Flyway placeholders without a value: " + String.join(", ", unresolved)
                            + ". Give each its value (Flyway's flyway.placeholders.NAME or spring.flyway.placeholders.NAME) "
                            + "with --placeholder NAME=VALUE; migrate writes the values into the revisions.");
        }
    }

    private String write(
            String id,
            String parent,
            FlywayScript script,
            FlywayScript undoScript,
            Map<String, String> placeholders,
            List<String> unresolved) {
        String fileName = script.path().getFileName().toString();
        List<String> notes = new ArrayList<>();
        String upgrade;
        if (script.name().java()) {
            upgrade = "-- TODO: port the body of the Flyway Java migration " + fileName + " here (as SQL), or "
                    + "write it as a Java revision with the id " + id + ".\n";
            report.warn("Java migration " + script.path() + " cannot be carried over: revision " + id + " was written "
                    + "with an empty upgrade; port its body into it. Databases that ran it are stamped past it.");
        } else {
            upgrade = replace(script, placeholders, unresolved);
            notes.add("Imported from the Flyway script " + fileName + " (checksum " + script.checksum() + ").");
        }
        String downgrade;
        if (undoScript != null) {
            downgrade = replace(undoScript, placeholders, unresolved);
            notes.add("The downgrade is the Flyway undo script "
                    + undoScript.path().getFileName() + ".");
        } else {
            downgrade = "-- Flyway had no undo script for this version, so the downgrade is empty: downgrading "
                    + "past this revision leaves its changes in place.\n";
        }
        String message =
                script.name().description().isBlank() ? fileName : script.name().description();
        String revisionFile = id + "_"
                + message.replaceAll("[^A-Za-z0-9]+", "_")
                        .replaceAll("^_|_$", "")
                        .toLowerCase(Locale.ROOT) + ".sql";
        report.add(new ImportedRevision(
                id, revisionFile, SqlRevisionText.of(id, parent, message, notes, upgrade, downgrade)));
        return id;
    }

    private static String replace(FlywayScript script, Map<String, String> placeholders, List<String> unresolved) {
        Matcher matcher = PLACEHOLDER.matcher(script.text());
        StringBuilder out = new StringBuilder();
        TreeSet<String> missing = new TreeSet<>();
        while (matcher.find()) {
            String value = placeholders.get(matcher.group(1));
            if (value == null) {
                missing.add(matcher.group(1));
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        missing.forEach(
                name -> unresolved.add("${" + name + "} in " + script.path().getFileName()));
        return out.toString();
    }

    /** The version as one string for equal versions ({@code 1.0} and {@code 1}, {@code 1_2} and {@code 1.2}). */
    static String canonical(String version) {
        return String.join(
                ".",
                FlywayScriptName.versionParts(version).stream()
                        .map(Object::toString)
                        .toList());
    }

    public ImportReport report() {
        return report;
    }

    Map<String, String> versions() {
        return versions;
    }

    Map<String, Integer> checksums() {
        return checksums;
    }

    Map<String, String> repeatables() {
        return repeatables;
    }

    Map<String, Integer> repeatableChecksums() {
        return repeatableChecksums;
    }

    Map<String, Integer> baselines() {
        return baselines;
    }
}
