package dev.migrate.internal.dialect;

/**
 * The lexical rules of one database's SQL that decide where a statement ends: which quotes,
 * comments and escapes exist. MySQL and MariaDB share one syntax. Each dialect names its own
 * ({@link Dialect#sqlSyntax()}); the splitter in {@code dev.migrate.internal.script.sql} reads these facts.
 */
public enum SqlSyntax {

    /** Standard strings keep backslashes; {@code E'…'} strings escape with them; nested block comments; dollar quotes. */
    POSTGRESQL,

    /** Backslash escapes in {@code '…'} and {@code "…"} strings, backtick identifiers, {@code #} comments, {@code DELIMITER}. */
    MYSQL,

    /** Standard strings, {@code "…"} identifiers, {@code //} comments, nested block comments and {@code $$…$$} strings. */
    H2,

    /** Standard strings, {@code "…"}, {@code `…`} and {@code […]} identifiers. */
    SQLITE;

    /** Whether a backslash escapes the next character in ordinary {@code '…'} strings. */
    public boolean backslashEscapesInStrings() {
        return this == MYSQL;
    }

    /** Whether {@code "…"} is a string with backslash escapes rather than an identifier (MySQL without ANSI_QUOTES). */
    public boolean doubleQuotedStrings() {
        return this == MYSQL;
    }

    /** Whether {@code `…`} quotes an identifier (H2 in MySQL mode, where it is otherwise invalid). */
    public boolean backtickIdentifiers() {
        return this != POSTGRESQL;
    }

    public boolean bracketIdentifiers() {
        return this == SQLITE;
    }

    /** Whether {@code E'…'} strings exist, in which backslash escapes. */
    public boolean escapeStringPrefix() {
        return this == POSTGRESQL;
    }

    /** Whether {@code --} starts a comment only when followed by whitespace, as in MySQL ({@code 1--1} is arithmetic). */
    public boolean dashCommentNeedsSpace() {
        return this == MYSQL;
    }

    public boolean hashComments() {
        return this == MYSQL;
    }

    public boolean slashSlashComments() {
        return this == H2;
    }

    public boolean nestedBlockComments() {
        return this == POSTGRESQL || this == H2;
    }

    /** Whether {@code /*! … *}{@code /} and {@code /*+ … *}{@code /} carry code (MySQL executable comments and hints). */
    public boolean executableComments() {
        return this == MYSQL;
    }

    /** Whether {@code $tag$ … $tag$} quotes exist; H2 knows only the empty tag. */
    public boolean taggedDollarQuotes() {
        return this == POSTGRESQL;
    }

    public boolean dollarQuotes() {
        return this == POSTGRESQL || this == H2;
    }

    /** Whether the MySQL client's {@code DELIMITER xx} line is understood. */
    public boolean delimiterDirective() {
        return this == MYSQL;
    }
}
