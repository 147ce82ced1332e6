package dev.migrate.internal.autogenerate.compare;

/**
 * One object autogenerate is about to compare, as shown to an {@link IncludeFilter}.
 *
 * @param type      what sort of object it is
 * @param table     the table it belongs to (its own name for a table; {@code null} for a sequence)
 * @param name      its name ({@code null} for an unnamed constraint)
 * @param reflected whether it was found in the database (otherwise it comes from the model only)
 */
public record SchemaObject(Type type, String table, String name, boolean reflected) {

    /** The sorts of objects compared. */
    public enum Type {
        TABLE,
        COLUMN,
        INDEX,
        UNIQUE_CONSTRAINT,
        FOREIGN_KEY,
        CHECK_CONSTRAINT,
        SEQUENCE
    }
}
