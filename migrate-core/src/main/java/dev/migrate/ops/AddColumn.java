package dev.migrate.ops;

import dev.migrate.schema.Column;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Adds a column to a table. */
public record AddColumn(@Nullable String schema, String table, Column column) implements Operation {

    public AddColumn {
        Require.name(table, "addColumn", "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }

    @Override
    public Operation reverse() {
        return new DropColumn(schema, table, column.name(), column);
    }
}
