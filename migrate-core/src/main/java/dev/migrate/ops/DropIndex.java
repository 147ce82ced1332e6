package dev.migrate.ops;

import dev.migrate.schema.Index;
import org.jspecify.annotations.Nullable;

/**
 * Drops an index. The table is needed because MariaDB names indexes per table.
 *
 * @param existing the index's definition, which makes the drop reversible; may be {@code null}
 */
public record DropIndex(
        @Nullable String schema,
        String table,
        String name,
        boolean ifExists,
        boolean concurrently,
        @Nullable Index existing)
        implements Operation {

    public DropIndex {
        Require.name(table, "dropIndex", "table");
        Require.name(name, "dropIndex", "index");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }

    @Override
    public Operation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException(
                    "dropIndex(\"" + table + "\", \"" + name + "\") cannot be reversed:"
                            + " pass the index's definition (dropIndex(table, index(...))) so the downgrade can create it again");
        }
        return new CreateIndex(schema, table, existing, false, concurrently);
    }

    @Override
    public boolean requiresNoTransaction() {
        return concurrently;
    }
}
