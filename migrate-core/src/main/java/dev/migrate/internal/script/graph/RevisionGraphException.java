package dev.migrate.internal.script.graph;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;

/**
 * The revision graph is malformed or a target cannot be used with it (Alembic's {@code RevisionError}).
 */
class RevisionGraphException extends BadInputException {

    private static final long serialVersionUID = 1L;

    public RevisionGraphException(ErrorKind kind, String message) {
        super(kind, message);
    }

    public RevisionGraphException(ErrorKind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }
}
