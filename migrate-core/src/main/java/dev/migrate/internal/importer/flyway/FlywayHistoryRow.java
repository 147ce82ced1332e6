package dev.migrate.internal.importer.flyway;

/**
 * One row of Flyway's {@code flyway_schema_history}.
 *
 * @param rank        {@code installed_rank}
 * @param version     the version with dots; {@code null} for a repeatable script
 * @param description as Flyway recorded it
 * @param type        {@code SQL}, {@code JDBC}, {@code BASELINE}, {@code SQL_BASELINE}, {@code UNDO_SQL},
 *                    {@code DELETE}, {@code SCHEMA}…
 * @param script      the script's file or class name
 * @param checksum    the recorded checksum, {@code null} where Flyway records none
 * @param success     whether it succeeded
 */
record FlywayHistoryRow(
        int rank, String version, String description, String type, String script, Integer checksum, boolean success) {

    /** How the row is named in a refusal. */
    String label() {
        return "rank " + rank + ": " + (version == null ? "repeatable" : "version " + version) + " '" + description
                + "' (" + script + ", " + type + ")";
    }
}
