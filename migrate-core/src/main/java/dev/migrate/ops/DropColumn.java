package dev.migrate.ops;

import dev.migrate.schema.Column;
import org.jspecify.annotations.Nullable;

/**
 * Drops a column.
 *
 * @param existing the column's definition, which makes the drop reversible; may be {@code null}
 */
public record DropColumn(
        @Nullable String schema,
        String table,
        String name,
        @Nullable Column existing) implements Operation {

    public DropColumn {
        Require.name(table, "dropColumn", "table");
        Require.name(name, "dropColumn", "column");
        if (existing != null && !existing.name().equals(name)) {
            throw new IllegalArgumentException(
                    "dropColumn(\"" + name + "\") was given the definition of column " + existing.name());
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }

    @Override
    public Operation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException(
                    "dropColumn(\"" + table + "\", \"" + name + "\") cannot be reversed:"
                            + " pass the column's definition (dropColumn(table, column(...))) so the downgrade can add it again");
        }
        return new AddColumn(schema, table, existing);
    }
}
