package dev.migrate.internal.runtime;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.schema.OneLineText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.util.List;

/**
 * Writes SQL to an offline script ({@code --sql}) instead of running it. Bound parameters are
 * written as the dialect's literals, so the script needs nothing but a SQL client.
 */
final class ScriptSink implements SqlSink {

    private final Appendable out;
    private final Dialect dialect;
    private String currentRevision;
    private boolean inTransaction;

    ScriptSink(Appendable out, Dialect dialect) {
        this.out = out;
        this.dialect = dialect;
    }

    /**
     * Remembers the revision, named when it asks for a connection, and writes a comment line such
     * as {@code -- Running upgrade a -> b, message}; the text is made one line first, since a line
     * break would end the comment and run the rest of a message as SQL.
     */
    @Override
    public void startRevision(String revision, String description) {
        this.currentRevision = revision;
        write("-- " + OneLineText.of(description) + "\n\n");
    }

    @Override
    public void execute(String sql) {
        write(sql + dialect.statementDelimiter() + "\n\n");
    }

    @Override
    public int update(String sql, List<?> parameters) {
        execute(InlinedParameters.inline(dialect, sql, parameters));
        return OFFLINE;
    }

    @Override
    public void begin() {
        execute(dialect.beginTransaction());
        inTransaction = true;
    }

    @Override
    public void commit() {
        execute(dialect.commitTransaction());
        inTransaction = false;
    }

    @Override
    public boolean inTransaction() {
        return inTransaction;
    }

    @Override
    public void rollback() {
        // Offline there is nothing to undo: the script is only written.
    }

    @Override
    public boolean offline() {
        return true;
    }

    @Override
    public Connection connection() {
        throw new MigrateException(
                ErrorKind.OFFLINE_UNSUPPORTED,
                "Revision " + currentRevision
                        + " reads the database (it asked for a connection), so it cannot be rendered offline with --sql."
                        + " Run it online instead.");
    }

    private void write(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the offline script", e);
        }
    }
}
