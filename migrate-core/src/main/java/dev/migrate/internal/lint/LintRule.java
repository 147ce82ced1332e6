package dev.migrate.internal.lint;

/**
 * What lint looks for, each with the safe way to do it. The lock rules' severity follows the
 * table's size; the compatibility rules ({@link #DROP_TABLE}, {@link #DROP_COLUMN}, renames) follow
 * the previous release's model when it is given ({@link PreviousModel}), else are warnings, since
 * that release may still use the name.
 */
public enum LintRule {
    ADD_COLUMN_VOLATILE_DEFAULT(
            "add-column-volatile-default",
            true,
            "Adding a column whose default is volatile (or a serial/stored generated column) rewrites the table under"
                    + " an ACCESS EXCLUSIVE lock.",
            "Add the column without a default (or with a constant one), backfill it in batches, then set the default."),
    CHANGE_COLUMN_TYPE(
            "change-column-type",
            true,
            "Changing a column's type rewrites the table (and its indexes) while holding a lock that blocks reads and"
                    + " writes (PostgreSQL ACCESS EXCLUSIVE; MariaDB ALGORITHM=COPY).",
            "Add a column of the new type, write both from the application, backfill in batches, switch reads, then"
                    + " drop the old column in a later release."),
    SET_NOT_NULL(
            "set-not-null",
            true,
            "Adding NOT NULL to an existing column scans the whole table under a lock that blocks reads and writes"
                    + " (MariaDB rebuilds the table).",
            "PostgreSQL 12+: ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c (in a later"
                    + " revision); then SET NOT NULL (no scan) and drop the check."),
    FOREIGN_KEY_NOT_VALID(
            "add-foreign-key",
            true,
            "Adding a foreign key checks every row while locking both tables against writes (MariaDB copies the"
                    + " table).",
            "PostgreSQL: ADD CONSTRAINT … FOREIGN KEY … NOT VALID, then VALIDATE CONSTRAINT in a later revision."),
    CHECK_NOT_VALID(
            "add-check",
            true,
            "Adding a check constraint scans every row under an ACCESS EXCLUSIVE lock.",
            "PostgreSQL: ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT in a later revision."),
    INDEX_NOT_CONCURRENT(
            "create-index",
            true,
            "CREATE INDEX without CONCURRENTLY blocks writes to the table until the index is built.",
            "CREATE INDEX CONCURRENTLY in a revision of its own marked transactional: false"
                    + " (@Revision(transactional = false) / -- transactional: false)."),
    CONCURRENT_IN_TRANSACTION(
            "concurrently-in-transaction",
            false,
            "CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction: this revision fails when it runs.",
            "Mark the revision transactional: false and keep only the concurrent statement in it."),
    ADD_UNIQUE_OR_PRIMARY_KEY(
            "add-unique-constraint",
            true,
            "Adding a primary key or unique constraint builds its index under an ACCESS EXCLUSIVE lock.",
            "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … UNIQUE/PRIMARY KEY USING INDEX."),
    RENAME_TABLE(
            "rename-table",
            false,
            "Renaming a table breaks the application release still running during a rolling deploy.",
            "Create the new table (or a view with the new name), write both, switch reads, drop the old one later."),
    RENAME_COLUMN(
            "rename-column",
            false,
            "Renaming a column breaks the application release still running during a rolling deploy.",
            "Add the new column, write both, backfill, switch reads, then drop the old column in a later release."),
    DROP_TABLE(
            "drop-table",
            false,
            "Dropping a table breaks the previous application release if it still reads or writes it.",
            "First release code that no longer uses the table; drop it in a later revision."),
    DROP_COLUMN(
            "drop-column",
            false,
            "Dropping a column breaks the previous application release if it still maps it (JPA selects every"
                    + " mapped column).",
            "First release code that no longer maps the column (e.g. @Transient, or remove the field); drop it in a"
                    + " later revision.");

    private final String id;
    private final boolean locks;
    private final String problem;
    private final String safeAlternative;

    LintRule(String id, boolean locks, String problem, String safeAlternative) {
        this.id = id;
        this.locks = locks;
        this.problem = problem;
        this.safeAlternative = safeAlternative;
    }

    /** The name used in reports, JSON and acknowledgements ({@code ignore=drop-column}). */
    public String id() {
        return id;
    }

    /** Whether the finding is about a lock or rewrite, whose severity follows the table's size. */
    public boolean locks() {
        return locks;
    }

    public String problem() {
        return problem;
    }

    public String safeAlternative() {
        return safeAlternative;
    }

    public static LintRule byId(String id) {
        for (LintRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        return null;
    }
}
