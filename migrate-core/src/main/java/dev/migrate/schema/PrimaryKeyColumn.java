package dev.migrate.schema;

/**
 * A column that is (part of) the primary key, written inline in {@code createTable}:
 * {@code column("id", bigint()).identity().primaryKey()}.
 */
public record PrimaryKeyColumn(Column column) implements TableElement {

    @Override
    public String toString() {
        return column + ".primaryKey()";
    }
}
