package dev.migrate;

import org.jspecify.annotations.Nullable;

/**
 * Bad usage or bad input: a malformed script, an unresolvable target, a broken graph, a bad
 * property. Nothing has been run when this is thrown; launchers exit with code 2.
 */
public class BadInputException extends MigrateException {

    private static final long serialVersionUID = 1L;

    public BadInputException(ErrorKind kind, String message) {
        super(kind, message);
    }

    public BadInputException(ErrorKind kind, String message, @Nullable Throwable cause) {
        super(kind, message, cause);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}
