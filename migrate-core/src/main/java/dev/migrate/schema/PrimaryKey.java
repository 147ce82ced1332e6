package dev.migrate.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A table's primary key. MariaDB ignores the name (its primary key is always {@code PRIMARY}). */
public record PrimaryKey(@Nullable String name, List<String> columns) implements Constraint {

    public PrimaryKey {
        columns = Names.requireColumns(columns, "primary key");
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.PRIMARY_KEY;
    }

    @Override
    public String toString() {
        return "primaryKey(" + JavaSource.string(name) + ", " + JavaSource.strings(columns) + ")";
    }
}
