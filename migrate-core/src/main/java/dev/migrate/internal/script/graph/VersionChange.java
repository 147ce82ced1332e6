package dev.migrate.internal.script.graph;

/**
 * A change to the version table's rows, one per statement the runtime issues.
 */
public sealed interface VersionChange {

    /** Add a row for a revision that becomes a head. */
    record Insert(String revision) implements VersionChange {}

    /** Remove the row of a revision that is no longer a head. */
    record Delete(String revision) implements VersionChange {}

    /** Replace the row {@code from} by {@code to}. */
    record Update(String from, String to) implements VersionChange {}
}
