package dev.migrate;

/**
 * What kind of failure a {@link MigrateException} reports, so that a launcher can say what to do
 * without parsing the message: the Spring Boot failure analyzer gives each kind its own action.
 * Every place that throws names its kind; {@link #OTHER} only where none of these fits.
 */
public enum ErrorKind {

    /** A revision id no script defines: recorded in the version table, or named as a target or dependency. */
    UNKNOWN_REVISION,

    /** An applied script was edited since it was applied (its checksum differs from the history log's). */
    CHECKSUM_MISMATCH,

    /** The history log lacks the rows of applied revisions, so their checksums cannot be checked. */
    MISSING_HISTORY,

    /** Another runner held the migration lock longer than the lock timeout. */
    LOCK_TIMEOUT,

    /**
     * A revision's statement gave up waiting for a table lock another session held, within
     * ddl_lock_timeout, on every attempt it was allowed.
     */
    TABLE_LOCK_TIMEOUT,

    /** Lint found errors in the pending revisions, and the launcher was told to stop on them (lint-on-startup=fail). */
    LINT_ERRORS,

    /** Some tenants of a fleet (schemas or databases upgraded together) could not be upgraded; each has its own error. */
    TENANTS_FAILED,

    /**
     * The database is managed by Flyway or Liquibase (their history table has rows) and not yet by
     * migrate: running migrate's revisions would rebuild a schema that is already there.
     */
    FOREIGN_HISTORY,

    /** Flyway's or Liquibase's applied history does not match the imported scripts, so import --stamp refused. */
    IMPORT_MISMATCH,

    /** A revision failed: the database refused one of its statements (or of migrate's bookkeeping for it), or its code threw. */
    STATEMENT_FAILED,

    /**
     * A revision failed, and an earlier attempt at it never completed: part of it may already be in
     * the database, which is likely what this attempt tripped over.
     */
    UNFINISHED_ATTEMPT,

    /** A revision script is malformed or asks for something its database cannot do as written. */
    BAD_SCRIPT,

    /** An operation of a downgrade has no exact reverse (a drop without the definition it drops). */
    IRREVERSIBLE,

    /** The revisions do not form a valid graph: duplicate ids, missing down revisions, cycles, squash ranges. */
    BAD_REVISION_GRAPH,

    /** A target that must name one revision (such as {@code head}) matches several heads. */
    MULTIPLE_HEADS,

    /** A target or range cannot be used: ambiguous, not an ancestor, or not reachable from the current heads. */
    BAD_TARGET,

    /** The version table contradicts the revisions or itself, or the table named as one is not a version table. */
    INCONSISTENT_VERSION_TABLE,

    /** A command needs the database at its heads and it is not (autogenerate, check). */
    NOT_AT_HEAD,

    /** The database differs from the model (check, or the schema check at start-up). */
    SCHEMA_DRIFT,

    /** No connection to the database could be opened. */
    CONNECTION_FAILED,

    /** A database call outside any revision failed: reading the catalog, making a scratch schema. */
    DATABASE_ERROR,

    /** The database (or dialect name) is not one migrate supports for what was asked. */
    UNSUPPORTED_DATABASE,

    /** A setting, property, option value or environment variable is missing or invalid. */
    BAD_CONFIGURATION,

    /** A command's arguments do not fit together, or do not fit the database's or the project's state. */
    BAD_USAGE,

    /** A revision cannot be written as an offline ({@code --sql}) script. */
    OFFLINE_UNSUPPORTED,

    /** Spring Boot's schema scripts ({@code spring.sql.init}) would change tables behind migrate's back. */
    SCHEMA_SCRIPTS_CONFLICT,

    /** A file or folder could not be read or written. */
    FILE_ACCESS,

    /** None of the above. */
    OTHER
}
