package dev.migrate.internal.runtime;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.util.List;

/**
 * A revision failed. The message names the revision, its script, the statement and the
 * database's error, and says exactly what state the database was left in.
 */
public final class MigrationFailedException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String script;
    private final String statement;
    private final List<String> headsAfter;

    MigrationFailedException(
            ErrorKind kind,
            String message,
            Throwable cause,
            String revision,
            String script,
            String statement,
            List<String> headsAfter) {
        super(kind, message, cause);
        this.revision = revision;
        this.script = script;
        this.statement = statement;
        this.headsAfter = List.copyOf(headsAfter);
    }

    /**
     * The kind of a step's failure: its own where it says one (an irreversible operation, a bad
     * value), else a failed statement.
     */
    static ErrorKind kindOf(Throwable error) {
        return error instanceof MigrateException known ? known.kind() : ErrorKind.STATEMENT_FAILED;
    }

    /** The revision that failed. */
    public String revision() {
        return revision;
    }

    /** Its file or class. */
    public String script() {
        return script;
    }

    /** The statement the database refused, or {@code null} when the failure was not a statement. */
    public String statement() {
        return statement;
    }

    /** The heads the version table records after the failure. */
    public List<String> headsAfter() {
        return headsAfter;
    }
}
