package dev.migrate.script;

import dev.migrate.MigrateException;

/** A statement of a SQL revision failed; carries where it is written ({@code file:line}). */
public final class ScriptStatementException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String location;

    ScriptStatementException(String location, RuntimeException cause) {
        super(location + ": " + cause.getMessage(), cause);
        this.location = location;
    }

    /** {@code file:line} of the statement. */
    public String location() {
        return location;
    }
}
