package dev.migrate.ops;

/**
 * Sets or (with a {@code null} comment) drops a table's comment.
 *
 * @param existingComment the comment it had, for an exact reverse
 */
public record SetTableComment(String schema, String table, String comment, String existingComment) implements Operation {

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
