package dev.migrate.script.sql;

import java.util.Locale;

/**
 * The lexical rules of one database's SQL that decide where a statement ends: which quotes,
 * comments and escapes exist. MySQL and MariaDB share one syntax.
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

    /**
     * The syntax of a dialect: {@code postgresql}, {@code mariadb}, {@code mysql}, {@code h2} or {@code sqlite}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static SqlSyntax forDialect(String dialectName) {
        String name = dialectName == null ? "" : dialectName.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "postgresql" -> POSTGRESQL;
            case "mariadb", "mysql" -> MYSQL;
            case "h2" -> H2;
            case "sqlite" -> SQLITE;
            default -> throw new IllegalArgumentException("No SQL syntax for dialect '" + dialectName
                    + "'; known dialects: postgresql, mariadb, mysql, h2, sqlite");
        };
    }

    /** Whether a backslash escapes the next character in ordinary {@code '…'} strings. */
    boolean backslashEscapesInStrings() {
        return this == MYSQL;
    }

    /** Whether {@code "…"} is a string with backslash escapes rather than an identifier (MySQL without ANSI_QUOTES). */
    boolean doubleQuotedStrings() {
        return this == MYSQL;
    }

    /** Whether {@code `…`} quotes an identifier (H2 in MySQL mode, where it is otherwise invalid). */
    boolean backtickIdentifiers() {
        return this != POSTGRESQL;
    }

    boolean bracketIdentifiers() {
        return this == SQLITE;
    }

    /** Whether {@code E'…'} strings exist, in which backslash escapes. */
    boolean escapeStringPrefix() {
        return this == POSTGRESQL;
    }

    /** Whether {@code --} starts a comment only when followed by whitespace, as in MySQL ({@code 1--1} is arithmetic). */
    boolean dashCommentNeedsSpace() {
        return this == MYSQL;
    }

    boolean hashComments() {
        return this == MYSQL;
    }

    boolean slashSlashComments() {
        return this == H2;
    }

    boolean nestedBlockComments() {
        return this == POSTGRESQL || this == H2;
    }

    /** Whether {@code /*! … *}{@code /} and {@code /*+ … *}{@code /} carry code (MySQL executable comments and hints). */
    boolean executableComments() {
        return this == MYSQL;
    }

    /** Whether {@code $tag$ … $tag$} quotes exist; H2 knows only the empty tag. */
    boolean taggedDollarQuotes() {
        return this == POSTGRESQL;
    }

    boolean dollarQuotes() {
        return this == POSTGRESQL || this == H2;
    }

    /** Whether the MySQL client's {@code DELIMITER xx} line is understood. */
    boolean delimiterDirective() {
        return this == MYSQL;
    }
}
