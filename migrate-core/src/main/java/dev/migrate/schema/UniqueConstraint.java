package dev.migrate.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A unique constraint over one or more columns. */
public record UniqueConstraint(@Nullable String name, List<String> columns) implements Constraint {

    public UniqueConstraint {
        columns = Names.requireColumns(columns, "unique constraint");
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.UNIQUE;
    }

    @Override
    public String toString() {
        return "unique(" + JavaSource.string(name) + ", " + JavaSource.strings(columns) + ")";
    }
}
