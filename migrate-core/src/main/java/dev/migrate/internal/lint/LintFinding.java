package dev.migrate.internal.lint;

/**
 * One finding: which revision, which statement, which rule, how bad, and what to do instead.
 *
 * @param column         the column a drop or rename removes, else {@code null}
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
        String column,
        Long rows,
        String acknowledgedBy) {

    /** Whether the finding is about the release still serving (a drop or rename), not about a lock. */
    public boolean aboutPreviousRelease() {
        return rule == LintRule.DROP_TABLE
                || rule == LintRule.DROP_COLUMN
                || rule == LintRule.RENAME_TABLE
                || rule == LintRule.RENAME_COLUMN;
    }

    /** The table, or {@code table.column} for a column. */
    public String object() {
        return column == null ? table : table + "." + column;
    }

    /** An error that no acknowledgement covers: fails the lint. */
    public boolean blocking() {
        return severity == Severity.ERROR && acknowledgedBy == null;
    }
}
