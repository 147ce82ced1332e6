package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An index of a table.
 *
 * @param where the predicate of a partial index (PostgreSQL, SQLite), or {@code null}
 */
public record Index(
        String name,
        List<IndexPart> parts,
        boolean isUnique,
        @Nullable String where) implements TableElement {

    public Index {
        Names.require(name, "index");
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column or expression");
        }
        parts = List.copyOf(parts);
    }

    /** An index over columns; add {@link #unique()}, {@link #where(String)} as needed. */
    public static Index index(String name, String... columns) {
        List<IndexPart> parts = new ArrayList<>();
        for (String c : columns) {
            parts.add(IndexPart.column(c));
        }
        return new Index(name, parts, false, null);
    }

    /** An index whose key parts are columns or expressions. */
    public static Index index(String name, IndexPart... parts) {
        return new Index(name, List.of(parts), false, null);
    }

    public Index unique() {
        return new Index(name, parts, true, where);
    }

    public Index where(String predicate) {
        return new Index(name, parts, isUnique, predicate);
    }

    public boolean hasExpressions() {
        return parts.stream().anyMatch(IndexPart::isExpression);
    }

    /** The indexed columns' names (expressions left out). */
    public List<String> columnNames() {
        return parts.stream()
                .filter(p -> !p.isExpression())
                .map(IndexPart::column)
                .toList();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("index(").append(JavaSource.string(name));
        for (IndexPart p : parts) {
            out.append(", ").append(p);
        }
        out.append(')');
        if (isUnique) {
            out.append(".unique()");
        }
        if (where != null) {
            out.append(".where(").append(JavaSource.string(where)).append(')');
        }
        return out.toString();
    }
}
