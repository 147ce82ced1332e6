package dev.migrate.schema;

/** A named table constraint. A {@code null} name lets the database choose one. */
public sealed interface Constraint extends TableElement permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {

    String name();

    ConstraintKind kind();
}
