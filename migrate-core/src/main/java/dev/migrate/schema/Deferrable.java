package dev.migrate.schema;

/** Whether a foreign key's check may wait until commit (PostgreSQL and SQLite have this; MariaDB and H2 do not). */
public enum Deferrable {
    NOT_DEFERRABLE,
    INITIALLY_IMMEDIATE,
    INITIALLY_DEFERRED
}
