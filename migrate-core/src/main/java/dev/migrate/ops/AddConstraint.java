package dev.migrate.ops;

import dev.migrate.schema.Constraint;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Adds a primary key, unique, foreign key or check constraint to an existing table. */
public record AddConstraint(@Nullable String schema, String table, Constraint constraint) implements Operation {

    public AddConstraint {
        Require.name(table, "addConstraint", "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddConstraint(this);
    }

    @Override
    public Operation reverse() {
        if (constraint.name() == null) {
            throw new IrreversibleOperationException("a " + constraint.kind() + " constraint on " + table
                    + " without a name cannot be reversed: give it a name so the downgrade can drop it");
        }
        return new DropConstraint(schema, table, constraint.name(), constraint.kind(), constraint);
    }
}
