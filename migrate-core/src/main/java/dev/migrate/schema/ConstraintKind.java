package dev.migrate.schema;

/** The sorts of table constraints; MariaDB needs to know which one it drops. */
public enum ConstraintKind {
    PRIMARY_KEY,
    UNIQUE,
    FOREIGN_KEY,
    CHECK
}
