package dev.migrate.ops;

/**
 * Raw SQL, run as it is written.
 *
 * @param sql one statement, without a trailing delimiter
 */
public record Execute(String sql) implements Operation {

    public Execute {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("execute() needs a SQL statement");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitExecute(this);
    }
}
