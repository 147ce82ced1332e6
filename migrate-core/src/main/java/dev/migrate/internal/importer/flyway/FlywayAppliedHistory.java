package dev.migrate.internal.importer.flyway;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches Flyway's applied history with the imported chain and finds the revision the database
 * stands at: every applied entry must be an imported revision with the same checksum, none may
 * have failed, and the applied versions must be the start of the chain (a version left behind
 * would never run). Anything else is refused with the whole list, so that one run shows all that
 * has to be fixed.
 */
final class FlywayAppliedHistory {

    // rows Flyway writes about itself (the schema or history table it created), and repair's deletions
    private static final Set<String> IGNORED = Set.of("SCHEMA", "TABLE", "DELETE");
    private static final Set<String> BASELINE = Set.of("BASELINE", "SQL_BASELINE", "JDBC_BASELINE");

    private FlywayAppliedHistory() {}

    /**
     * The revision id to stamp, or {@code null} when Flyway applied nothing yet.
     *
     * @throws MigrateException listing every entry that does not match
     */
    public static String target(FlywayImport imported, List<FlywayHistoryRow> rows) {
        List<String> problems = new ArrayList<>();
        Map<String, FlywayHistoryRow> applied = new LinkedHashMap<>();
        Map<String, FlywayHistoryRow> repeatables = new LinkedHashMap<>();
        String baselineVersion = null;
        for (FlywayHistoryRow row : rows) {
            if (IGNORED.contains(row.type())) {
                continue;
            }
            if (!row.success()) {
                problems.add(row.label() + " failed; fix the database and run 'flyway repair' first");
                continue;
            }
            if (row.type().startsWith("UNDO")) {
                applied.remove(FlywayImport.canonical(row.version()));
                continue;
            }
            if (row.version() == null) {
                repeatables.put(row.description(), row);
                continue;
            }
            String version = FlywayImport.canonical(row.version());
            if (BASELINE.contains(row.type())) {
                baselineVersion = version;
                Integer checksum = imported.baselines().get(version);
                if (row.type().equals("SQL_BASELINE") && checksum != null && !checksum.equals(row.checksum())) {
                    problems.add(row.label() + " has checksum " + row.checksum() + " but the baseline script has "
                            + checksum);
                }
                continue;
            }
            applied.put(version, row);
        }
        for (Map.Entry<String, FlywayHistoryRow> entry : applied.entrySet()) {
            FlywayHistoryRow row = entry.getValue();
            if (!imported.versions().containsKey(entry.getKey())) {
                problems.add(row.label() + " was applied but no script of that version was imported");
                continue;
            }
            Integer checksum = imported.checksums().get(entry.getKey());
            if (checksum != null && row.checksum() != null && !checksum.equals(row.checksum())) {
                problems.add(row.label() + " was applied with checksum " + row.checksum() + " but the script now "
                        + "has " + checksum + " (edited after it ran)");
            }
        }
        String target = null;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> version : imported.versions().entrySet()) {
            boolean done = applied.containsKey(version.getKey())
                    || (baselineVersion != null
                            && FlywayScriptName.compareVersions(version.getKey(), baselineVersion) <= 0);
            if (done && missing.isEmpty()) {
                target = version.getValue();
            } else if (done) {
                problems.add("version " + version.getKey() + " was applied after versions that were not: "
                        + String.join(", ", missing) + " (run 'flyway migrate -outOfOrder=true' first)");
            } else {
                missing.add(version.getKey());
            }
        }
        for (String description : repeatables.keySet()) {
            if (!imported.repeatables().containsKey(description)) {
                problems.add(repeatables.get(description).label() + " was applied but no repeatable script with "
                        + "that description was imported");
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrateException(
                    ErrorKind.IMPORT_MISMATCH,
                    "The database's Flyway history does not match the imported scripts, so it was " + "not stamped:\n  "
                            + String.join("\n  ", problems));
        }
        if (missing.isEmpty() && target != null || imported.versions().isEmpty()) {
            // repeatables run after every versioned script: stamped while they ran with today's text
            for (Map.Entry<String, String> repeatable : imported.repeatables().entrySet()) {
                FlywayHistoryRow row = repeatables.get(repeatable.getKey());
                if (row == null
                        || !imported.repeatableChecksums()
                                .get(repeatable.getKey())
                                .equals(row.checksum())) {
                    break;
                }
                target = repeatable.getValue();
            }
        }
        return target;
    }
}
