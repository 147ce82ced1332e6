package dev.migrate.internal.script;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;

/** A statement of a SQL revision failed; carries where it is written ({@code file:line}). */
public final class ScriptStatementException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String location;

    ScriptStatementException(String location, RuntimeException cause) {
        super(kindOf(cause), location + ": " + cause.getMessage(), cause);
        this.location = location;
    }

    /** The kind of the statement's own failure where it has one (a revision's bad value), else a refused statement. */
    private static ErrorKind kindOf(RuntimeException cause) {
        return cause instanceof MigrateException known ? known.kind() : ErrorKind.STATEMENT_FAILED;
    }

    /** {@code file:line} of the statement. */
    public String location() {
        return location;
    }
}
