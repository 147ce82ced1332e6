package dev.migrate.ops;

import dev.migrate.schema.Constraint;
import dev.migrate.schema.ConstraintKind;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Drops a constraint. Its kind is needed because MariaDB drops each kind differently.
 *
 * @param existing the constraint's definition, which makes the drop reversible; may be {@code null}
 */
public record DropConstraint(
        @Nullable String schema,
        String table,
        String name,
        ConstraintKind kind,
        @Nullable Constraint existing) implements Operation {

    public DropConstraint {
        Require.name(table, "dropConstraint", "table");
        Objects.requireNonNull(kind, "the kind of constraint to drop");
        if (kind != ConstraintKind.PRIMARY_KEY) {
            Require.name(name, "dropConstraint", "constraint");
        }
        if (existing != null && existing.kind() != kind) {
            throw new IllegalArgumentException("dropConstraint(\"" + name + "\") is told it drops a " + kind
                    + " but was given a " + existing.kind());
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropConstraint(this);
    }

    @Override
    public Operation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException(
                    "dropConstraint(\"" + table + "\", \"" + name + "\") cannot be reversed:"
                            + " pass the constraint's definition so the downgrade can create it again");
        }
        return new AddConstraint(schema, table, existing);
    }
}
