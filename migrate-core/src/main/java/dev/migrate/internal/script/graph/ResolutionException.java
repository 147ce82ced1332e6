package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;

/**
 * An identifier names no revision, names several, or names one outside the branch it was qualified
 * with (Alembic's {@code ResolutionError}).
 */
class ResolutionException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String argument;

    public ResolutionException(ErrorKind kind, String message, String argument) {
        super(kind, message);
        this.argument = argument;
    }

    /** The identifier (or the part of it) that could not be resolved. */
    public String argument() {
        return argument;
    }
}
