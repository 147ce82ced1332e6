package dev.migrate.schema;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A foreign key from {@code columns} of this table to {@code referredColumns} of another.
 *
 * @param onDelete   the action on delete, or {@code null} for the database's default (no action)
 * @param onUpdate   the action on update, or {@code null} for the database's default
 * @param deferrable rendered only where the database supports it (PostgreSQL, SQLite)
 */
public record ForeignKey(
        @Nullable String name,
        List<String> columns,
        @Nullable String referredSchema,
        String referredTable,
        List<String> referredColumns,
        @Nullable ReferentialAction onDelete,
        @Nullable ReferentialAction onUpdate,
        Deferrable deferrable)
        implements Constraint {

    public ForeignKey {
        columns = Names.requireColumns(columns, "foreign key");
        Names.require(referredTable, "table referred to by foreign key " + name);
        referredColumns = Names.requireColumns(referredColumns, "foreign key's referred");
        if (columns.size() != referredColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but refers to " + referredColumns.size());
        }
        deferrable = Objects.requireNonNullElse(deferrable, Deferrable.NOT_DEFERRABLE);
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.FOREIGN_KEY;
    }

    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(
                name, columns, referredSchema, referredTable, referredColumns, action, onUpdate, deferrable);
    }

    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(
                name, columns, referredSchema, referredTable, referredColumns, onDelete, action, deferrable);
    }

    public ForeignKey deferrable(Deferrable value) {
        return new ForeignKey(name, columns, referredSchema, referredTable, referredColumns, onDelete, onUpdate, value);
    }

    public ForeignKey referredSchema(String schema) {
        return new ForeignKey(name, columns, schema, referredTable, referredColumns, onDelete, onUpdate, deferrable);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("foreignKey(")
                .append(JavaSource.string(name))
                .append(", List.of(")
                .append(JavaSource.strings(columns))
                .append("), ")
                .append(JavaSource.string(referredTable))
                .append(", List.of(")
                .append(JavaSource.strings(referredColumns))
                .append("))");
        if (referredSchema != null) {
            out.append(".referredSchema(")
                    .append(JavaSource.string(referredSchema))
                    .append(')');
        }
        if (onDelete != null) {
            out.append(".onDelete(ReferentialAction.").append(onDelete.name()).append(')');
        }
        if (onUpdate != null) {
            out.append(".onUpdate(ReferentialAction.").append(onUpdate.name()).append(')');
        }
        if (deferrable != Deferrable.NOT_DEFERRABLE) {
            out.append(".deferrable(Deferrable.").append(deferrable.name()).append(')');
        }
        return out.toString();
    }
}
