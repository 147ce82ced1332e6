package dev.migrate;

/**
 * Where a revision stands between the scripts and the database.
 */
public enum RevisionState {

    /** In the scripts and applied to the database. */
    APPLIED,

    /**
     * In the scripts and recorded as applied by {@code stamp} (or {@code baseline}) without running:
     * its last history row is a stamp, or it has no row and lies below a stamped revision.
     */
    STAMPED,

    /** In the scripts, not applied yet. */
    PENDING,

    /** Applied to the database, but no script declares it: the database is ahead of this build. */
    UNKNOWN
}
