package dev.migrate.schema;

import org.jspecify.annotations.Nullable;

/** A named table constraint. A {@code null} name lets the database choose one. */
public sealed interface Constraint extends TableElement
        permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {

    @Nullable
    String name();

    ConstraintKind kind();
}
