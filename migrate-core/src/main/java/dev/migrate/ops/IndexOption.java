package dev.migrate.ops;

/** Options of {@code createIndex} and {@code dropIndex}. */
public enum IndexOption {
    /** {@code IF NOT EXISTS} / {@code IF EXISTS}. */
    IF_EXISTS,
    /** PostgreSQL's {@code CONCURRENTLY}: runs outside a transaction; other databases ignore it. */
    CONCURRENTLY
}
