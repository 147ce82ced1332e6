package dev.migrate.schema;

import org.jspecify.annotations.Nullable;

/**
 * One key part of an index: a column, or a SQL expression where the database indexes
 * expressions (PostgreSQL, SQLite).
 */
public record IndexPart(@Nullable String column, @Nullable String expression) {

    public IndexPart {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index part is either a column or an expression");
        }
    }

    public static IndexPart column(String name) {
        return new IndexPart(name, null);
    }

    public static IndexPart expression(String sql) {
        return new IndexPart(null, sql);
    }

    public boolean isExpression() {
        return expression != null;
    }

    @Override
    public String toString() {
        return isExpression()
                ? "IndexPart.expression(" + JavaSource.string(expression) + ")"
                : JavaSource.string(column);
    }
}
