package dev.migrate.internal.script.sql;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.SqlSyntax;
import java.util.List;

/**
 * Splits a SQL script into statements the way the database's own client does, for one
 * {@link SqlSyntax}. A semicolon ends a statement unless it is inside a string literal, a quoted
 * identifier, a comment, a dollar-quoted body, parentheses or a stored program's
 * {@code BEGIN … END}; MySQL's {@code DELIMITER xx} line switches the delimiter as in the mysql
 * client. Statements come back without their delimiter and without the comments before them;
 * statements that hold only comments are dropped.
 *
 * <p>Assumed server settings: PostgreSQL with {@code standard_conforming_strings} on (its
 * default), MySQL without {@code ANSI_QUOTES} or {@code NO_BACKSLASH_ESCAPES}.
 */
public final class SqlStatementSplitter {

    private final SqlSyntax syntax;

    public SqlStatementSplitter(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    /** A splitter for a dialect name: {@code postgresql}, {@code mariadb}, {@code mysql}, {@code h2}, {@code sqlite}. */
    public static SqlStatementSplitter forDialect(String dialectName) {
        Dialect dialect = Dialect.byName(dialectName)
                .orElseThrow(() -> new IllegalArgumentException("No SQL syntax for dialect '" + dialectName
                        + "'; known dialects: postgresql, mariadb, mysql, h2, sqlite"));
        return new SqlStatementSplitter(dialect.sqlSyntax());
    }

    public SqlSyntax syntax() {
        return syntax;
    }

    /** Splits a whole script whose first line is line 1. */
    public List<SqlStatement> split(String script) {
        return split(script, 1);
    }

    /**
     * Splits a part of a file whose first line is {@code firstLine} of the file, so that each
     * statement's line is the file's.
     *
     * @throws SqlSplitException when a quote, comment or {@code DELIMITER} line is malformed
     */
    public List<SqlStatement> split(String script, int firstLine) {
        return new StatementScan(syntax, script, firstLine).statements();
    }
}
