package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

/** Renames a table within its schema. */
public record RenameTable(@Nullable String schema, String name, String newName) implements Operation {

    public RenameTable {
        Require.name(name, "renameTable", "table");
        Require.name(newName, "renameTable", "new table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }

    @Override
    public Operation reverse() {
        return new RenameTable(schema, newName, name);
    }
}
