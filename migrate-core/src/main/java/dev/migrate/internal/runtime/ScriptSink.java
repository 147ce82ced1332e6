package dev.migrate.internal.runtime;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.schema.OneLineText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.temporal.Temporal;
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
        StringBuilder inlined = new StringBuilder();
        int next = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            // a '?' inside a quoted table name is part of the name, not a parameter
            if (quote == 0 && (c == '"' || c == '`')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            if (c == '?' && quote == 0 && next < parameters.size()) {
                inlined.append(literal(parameters.get(next++)));
            } else {
                inlined.append(c);
            }
        }
        execute(inlined.toString());
        return OFFLINE;
    }

    private String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof BigDecimal) {
            return value.toString();
        }
        if (value instanceof Temporal) {
            return "TIMESTAMP " + dialect.literal(value.toString().replace('T', ' '));
        }
        return dialect.literal(value.toString());
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
