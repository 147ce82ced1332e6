package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

/**
 * Drops a table.
 *
 * @param existing the table's definition, which makes the drop reversible; may be {@code null}
 */
public record DropTable(
        @Nullable String schema, String name, boolean ifExists, dev.migrate.schema.@Nullable Table existing)
        implements Operation {

    public DropTable {
        Require.name(name, "dropTable", "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }

    @Override
    public Operation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException("dropTable(\"" + name + "\") cannot be reversed: pass the table's"
                    + " definition (dropTable(Table)) so the downgrade can create it again");
        }
        return new CreateTable(existing, false);
    }
}
