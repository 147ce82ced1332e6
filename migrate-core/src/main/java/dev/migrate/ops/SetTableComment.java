package dev.migrate.ops;

import org.jspecify.annotations.Nullable;

/**
 * Sets or (with a {@code null} comment) drops a table's comment.
 *
 * @param existingComment the comment it had, for an exact reverse
 */
public record SetTableComment(
        @Nullable String schema,
        String table,
        @Nullable String comment,
        @Nullable String existingComment) implements Operation {

    public SetTableComment {
        Require.name(table, "setTableComment", "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitSetTableComment(this);
    }

    @Override
    public Operation reverse() {
        return new SetTableComment(schema, table, existingComment, comment);
    }
}
