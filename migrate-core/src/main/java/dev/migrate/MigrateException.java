package dev.migrate;

import org.jspecify.annotations.Nullable;

/**
 * A failure that a user can act on. The message says what went wrong, where (file, revision,
 * property) and, where it can, what to do. {@link #exitCode()} is what a launcher exits with;
 * {@link #kind()} says what kind of failure it is, so a launcher can add what to do about it
 * without reading the message.
 */
public class MigrateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    public MigrateException(ErrorKind kind, String message) {
        super(message);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    public MigrateException(ErrorKind kind, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    /** What kind of failure this is, as set where it was thrown. */
    public ErrorKind kind() {
        return kind;
    }

    /** 1: the command itself failed (a migration failed, drift was found). */
    public int exitCode() {
        return 1;
    }
}
