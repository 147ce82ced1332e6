package dev.migrate.script.graph;

import dev.migrate.BadInputException;

/**
 * The revision graph is malformed or a target cannot be used with it (Alembic's {@code RevisionError}).
 */
public class RevisionGraphException extends BadInputException {

    private static final long serialVersionUID = 1L;

    public RevisionGraphException(String message) {
        super(message);
    }

    public RevisionGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
