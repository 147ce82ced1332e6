package dev.migrate.ops;

import dev.migrate.schema.Table;
import java.util.Objects;

/** Creates a table with its columns, keys, constraints, indexes and comment. */
public record CreateTable(Table table, boolean ifNotExists) implements Operation {

    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }

    @Override
    public Operation reverse() {
        return new DropTable(table.schema(), table.name(), false, table);
    }
}
