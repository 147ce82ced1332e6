package dev.migrate.internal.lint;

/**
 * One finding: which revision, which statement, which rule, how bad, and what to do instead.
 *
 * @param rows           the table's size as the catalog estimates it; {@code null} when unknown (offline)
 * @param acknowledgedBy the reason given in the revision's acknowledgement, or {@code null}
 */
public record LintFinding(
        String revision,
        String source,
        String statement,
        LintRule rule,
        Severity severity,
        String table,
        Long rows,
        String acknowledgedBy) {

    /** An error that no acknowledgement covers: fails the lint. */
    public boolean blocking() {
        return severity == Severity.ERROR && acknowledgedBy == null;
    }
}
