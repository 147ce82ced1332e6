package dev.migrate.ops;

/**
 * Drops a table.
 *
 * @param existing the table's definition, which makes the drop reversible; may be {@code null}
 */
public record DropTable(String schema, String name, boolean ifExists, dev.migrate.schema.Table existing) implements Operation {

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
