package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;

/**
 * The lower end of a range is not an ancestor of its upper end, so no path joins them.
 */
class RangeNotAncestorException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final String lower;
    private final String upper;

    public RangeNotAncestorException(String lower, String upper) {
        this(lower, upper, "Revision " + orBase(lower) + " is not an ancestor of revision " + orBase(upper));
    }

    public RangeNotAncestorException(String lower, String upper, String message) {
        super(ErrorKind.BAD_TARGET, message);
        this.lower = lower;
        this.upper = upper;
    }

    private static String orBase(String revision) {
        return revision == null || revision.isEmpty() ? "base" : revision;
    }

    public String lower() {
        return lower;
    }

    public String upper() {
        return upper;
    }
}
