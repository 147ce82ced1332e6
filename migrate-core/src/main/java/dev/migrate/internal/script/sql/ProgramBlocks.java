package dev.migrate.internal.script.sql;

import dev.migrate.internal.dialect.SqlSyntax;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Follows the {@code BEGIN … END} structure of one statement, so that the semicolons inside a
 * stored program's body do not end it. Fed the words and symbols of one statement, outside
 * quotes and comments; {@link #reset()} starts the next statement.
 *
 * <p>Which statements are programs: MySQL/MariaDB {@code CREATE … PROCEDURE|FUNCTION|TRIGGER|EVENT}
 * (with any {@code OR REPLACE}, {@code DEFINER = …}, {@code AGGREGATE} before the kind) and
 * MariaDB's compound statements outside programs ({@code BEGIN NOT ATOMIC}, {@code IF}, {@code CASE},
 * {@code LOOP}, {@code WHILE}, {@code REPEAT}); PostgreSQL {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}
 * with a {@code BEGIN ATOMIC} body; SQLite {@code CREATE [TEMP] TRIGGER}.
 */
final class ProgramBlocks {

    private enum Kind {
        UNDECIDED,
        PROGRAM,
        PLAIN
    }

    private enum Block {
        BEGIN,
        CASE_STATEMENT,
        CASE_EXPRESSION,
        CONTROL
    }

    private static final Set<String> MYSQL_PROGRAMS = Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT");

    /** Words that, after CREATE, show that the statement is not a stored program. */
    private static final Set<String> MYSQL_OTHER_OBJECTS = Set.of(
            "TABLE",
            "TEMPORARY",
            "VIEW",
            "INDEX",
            "UNIQUE",
            "FULLTEXT",
            "SPATIAL",
            "DATABASE",
            "SCHEMA",
            "USER",
            "ROLE",
            "SEQUENCE",
            "SERVER",
            "TABLESPACE",
            "LOGFILE",
            "ALGORITHM",
            "SQL",
            "PACKAGE",
            "RESOURCE",
            "ONLINE",
            "OFFLINE",
            "SYNONYM",
            "SPATIAL_REFERENCE_SYSTEM");

    /** MySQL's compound statements that a plain END closes; written again after it ({@code END IF}). */
    private static final Set<String> CONTROL_STATEMENTS = Set.of("IF", "CASE", "LOOP", "WHILE", "REPEAT");

    /** Enough words to have passed {@code CREATE OR REPLACE DEFINER = user@host AGGREGATE}. */
    private static final int MAX_WORDS_BEFORE_KIND = 12;

    private final SqlSyntax syntax;
    private final Deque<Block> blocks = new ArrayDeque<>();
    private Kind kind;
    private int words;
    private String previous;
    private boolean startsWithCreate;
    private boolean startsWithBegin;
    private boolean statementStart;
    private boolean afterEnd;
    private boolean labelPending;

    ProgramBlocks(SqlSyntax syntax) {
        this.syntax = syntax;
        reset();
    }

    void reset() {
        blocks.clear();
        kind = syntax == SqlSyntax.H2 ? Kind.PLAIN : Kind.UNDECIDED;
        words = 0;
        previous = null;
        startsWithCreate = false;
        startsWithBegin = false;
        statementStart = false;
        afterEnd = false;
        labelPending = false;
    }

    /** Whether the scan is inside a block, where a semicolon does not end the statement. */
    boolean insideBlock() {
        return !blocks.isEmpty();
    }

    /** An unquoted word; {@code labelFollows} when a single colon comes next ({@code loop1: LOOP}). */
    void word(String text, boolean labelFollows) {
        words++;
        if (kind == Kind.PLAIN) {
            // A plain statement stays plain until the next one starts: its words no longer matter.
            return;
        }
        String word = text.toUpperCase(Locale.ROOT);
        if (kind == Kind.UNDECIDED) {
            decide(word, labelFollows);
        } else if (kind == Kind.PROGRAM) {
            body(word, labelFollows);
        }
        previous = word;
    }

    /** A string, quoted identifier or executable comment. */
    void literal() {
        if (kind == Kind.UNDECIDED && startsWithBegin) {
            kind = Kind.PLAIN;
        }
        statementStart = false;
        afterEnd = false;
        labelPending = false;
    }

    void symbol(char c) {
        if (kind == Kind.UNDECIDED && startsWithBegin) {
            kind = Kind.PLAIN;
        }
        if (c == ';') {
            statementStart = true;
        } else if (!(c == ':' && labelPending)) {
            statementStart = false;
        }
        afterEnd = false;
        labelPending = false;
    }

    private void decide(String word, boolean labelFollows) {
        if (words == 1) {
            if (word.equals("CREATE")) {
                startsWithCreate = true;
            } else if (syntax == SqlSyntax.MYSQL && word.equals("BEGIN")) {
                startsWithBegin = true;
            } else if (syntax == SqlSyntax.MYSQL && (CONTROL_STATEMENTS.contains(word) || labelFollows)) {
                kind = Kind.PROGRAM;
                statementStart = true;
                body(word, labelFollows);
            } else {
                kind = Kind.PLAIN;
            }
            return;
        }
        if (startsWithBegin) {
            // MariaDB's anonymous block; a plain BEGIN [WORK] starts a transaction
            kind = word.equals("NOT") ? Kind.PROGRAM : Kind.PLAIN;
            if (kind == Kind.PROGRAM) {
                blocks.push(Block.BEGIN);
                statementStart = true;
            }
            return;
        }
        if (startsWithCreate) {
            kind = programAfterCreate(word);
        }
    }

    private Kind programAfterCreate(String word) {
        switch (syntax) {
            case MYSQL:
                if (MYSQL_PROGRAMS.contains(word)) {
                    return Kind.PROGRAM;
                }
                return MYSQL_OTHER_OBJECTS.contains(word) || words > MAX_WORDS_BEFORE_KIND
                        ? Kind.PLAIN
                        : Kind.UNDECIDED;
            case POSTGRESQL:
                if (word.equals("FUNCTION") || word.equals("PROCEDURE")) {
                    return Kind.PROGRAM;
                }
                return word.equals("OR") || word.equals("REPLACE") ? Kind.UNDECIDED : Kind.PLAIN;
            case SQLITE:
                if (word.equals("TRIGGER")) {
                    return Kind.PROGRAM;
                }
                return word.equals("TEMP") || word.equals("TEMPORARY") ? Kind.UNDECIDED : Kind.PLAIN;
            default:
                return Kind.PLAIN;
        }
    }

    private void body(String word, boolean labelFollows) {
        boolean atStart = statementStart;
        boolean closing = afterEnd;
        statementStart = false;
        afterEnd = false;
        labelPending = false;
        if (closing && CONTROL_STATEMENTS.contains(word)) {
            return; // END IF, END LOOP, …: the END already closed the block
        }
        switch (word) {
            case "BEGIN" -> {
                // in PostgreSQL only BEGIN ATOMIC opens a body; a bare BEGIN there may be a column's name
                if (syntax != SqlSyntax.POSTGRESQL) {
                    blocks.push(Block.BEGIN);
                }
                statementStart = true;
            }
            case "ATOMIC" -> {
                if (syntax == SqlSyntax.POSTGRESQL && "BEGIN".equals(previous)) {
                    blocks.push(Block.BEGIN);
                }
                statementStart = atStart && ("BEGIN".equals(previous) || "NOT".equals(previous));
            }
            case "NOT" -> statementStart = atStart && "BEGIN".equals(previous);
            case "CASE" -> blocks.push(atStart ? Block.CASE_STATEMENT : Block.CASE_EXPRESSION);
            case "IF", "WHILE" -> {
                // IF(...) and REPEAT(...) are also functions; only at a statement's start do they open a block
                if (atStart && syntax == SqlSyntax.MYSQL) {
                    blocks.push(Block.CONTROL);
                }
            }
            case "LOOP", "REPEAT" -> {
                if (atStart && syntax == SqlSyntax.MYSQL) {
                    blocks.push(Block.CONTROL);
                    statementStart = true;
                }
            }
            case "END" -> {
                if (!blocks.isEmpty()) {
                    blocks.pop();
                }
                afterEnd = true;
            }
            case "THEN", "ELSE" -> statementStart = blocks.peek() != Block.CASE_EXPRESSION;
            case "DO", "ROW" -> statementStart = true; // WHILE … DO, EVENT … DO, TRIGGER … FOR EACH ROW
            default -> {
                if (atStart && labelFollows) {
                    statementStart = true;
                    labelPending = true;
                }
            }
        }
    }
}
