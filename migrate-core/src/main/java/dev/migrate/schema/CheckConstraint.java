package dev.migrate.schema;

import org.jspecify.annotations.Nullable;

/** A check constraint; the condition is SQL, written as the database should see it. */
public record CheckConstraint(@Nullable String name, String condition) implements Constraint {

    public CheckConstraint {
        if (condition == null || condition.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " needs a condition");
        }
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.CHECK;
    }

    @Override
    public String toString() {
        return "check(" + JavaSource.string(name) + ", " + JavaSource.string(condition) + ")";
    }
}
