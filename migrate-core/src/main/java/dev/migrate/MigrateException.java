package dev.migrate;

import org.jspecify.annotations.Nullable;

/**
 * A failure that a user can act on. The message says what went wrong, where (file, revision,
 * property) and, where it can, what to do. {@link #exitCode()} is what a launcher exits with.
 */
public class MigrateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrateException(String message) {
        super(message);
    }

    public MigrateException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** 1: the command itself failed (a migration failed, drift was found). */
    public int exitCode() {
        return 1;
    }
}
