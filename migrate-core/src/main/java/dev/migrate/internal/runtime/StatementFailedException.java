package dev.migrate.internal.runtime;

import java.sql.SQLException;

/** A statement the database refused; carries the statement so the error can name it. */
public final class StatementFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sql;

    StatementFailedException(String sql, SQLException cause) {
        super(cause.getMessage(), cause);
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }
}
