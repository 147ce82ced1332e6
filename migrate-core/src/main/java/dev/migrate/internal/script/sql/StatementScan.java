package dev.migrate.internal.script.sql;

import dev.migrate.internal.dialect.SqlSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a script: skips quotes and comments, follows parentheses, program blocks and
 * the MySQL client's {@code DELIMITER}, and cuts a statement at each delimiter outside them.
 */
final class StatementScan {

    private static final String DEFAULT_DELIMITER = ";";
    private static final String DELIMITER_DIRECTIVE = "DELIMITER";

    private final SqlSyntax syntax;
    private final String text;
    private final ProgramBlocks blocks;
    private final List<SqlStatement> statements = new ArrayList<>();
    private int pos;
    private int line;
    private int start = -1;
    private int startLine;
    private int parentheses;
    private String delimiter = DEFAULT_DELIMITER;

    StatementScan(SqlSyntax syntax, String text, int firstLine) {
        this.syntax = syntax;
        this.text = text;
        this.line = firstLine;
        this.blocks = new ProgramBlocks(syntax);
    }

    List<SqlStatement> statements() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (start < 0 && syntax.delimiterDirective() && delimiterDirective()) {
                continue;
            } else if (atDelimiter()) {
                finish(pos);
                pos += delimiter.length();
            } else if (!comment()) {
                markStart();
                if (quoted()) {
                    blocks.literal();
                } else if (isWordStart(c)) {
                    word();
                } else {
                    symbol(c);
                }
            }
        }
        finish(text.length());
        return List.copyOf(statements);
    }

    private void markStart() {
        if (start < 0) {
            start = pos;
            startLine = line;
        }
    }

    private void finish(int end) {
        if (start >= 0) {
            statements.add(new SqlStatement(text.substring(start, end).strip(), startLine));
        }
        start = -1;
        parentheses = 0;
        blocks.reset();
    }

    private boolean atDelimiter() {
        if (delimiter.equals(DEFAULT_DELIMITER)) {
            return text.charAt(pos) == ';' && parentheses == 0 && !blocks.insideBlock();
        }
        // a DELIMITER set by the client ends the statement wherever it appears, as in the mysql client
        return text.regionMatches(true, pos, delimiter, 0, delimiter.length());
    }

    /** The mysql client's {@code DELIMITER xx} line, first on its line and between statements. */
    private boolean delimiterDirective() {
        int after = pos + DELIMITER_DIRECTIVE.length();
        if (!text.regionMatches(true, pos, DELIMITER_DIRECTIVE, 0, DELIMITER_DIRECTIVE.length())
                || (after < text.length() && !Character.isWhitespace(text.charAt(after)))
                || !atLineStart()) {
            return false;
        }
        int end = text.indexOf('\n', pos);
        end = end < 0 ? text.length() : end;
        String argument = text.substring(after, end).strip();
        if (argument.isEmpty()) {
            throw new SqlSplitException(line, "DELIMITER needs the new delimiter, as in 'DELIMITER $$'");
        }
        delimiter = argument.split("\\s+")[0];
        pos = end;
        return true;
    }

    private boolean atLineStart() {
        for (int i = pos - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean comment() {
        char c = text.charAt(pos);
        char next = charAt(pos + 1);
        boolean lineComment = (c == '-' && next == '-' && (!syntax.dashCommentNeedsSpace() || isSpaceOrEnd(pos + 2)))
                || (c == '#' && syntax.hashComments())
                || (c == '/' && next == '/' && syntax.slashSlashComments());
        if (lineComment) {
            int end = text.indexOf('\n', pos);
            pos = end < 0 ? text.length() : end;
            return true;
        }
        if (c == '/' && next == '*') {
            char third = charAt(pos + 2);
            if (syntax.executableComments() && (third == '!' || third == '+')) {
                markStart(); // /*!40101 SET … */ runs on MySQL: it is a statement, not a comment
                blocks.literal();
            }
            skipBlockComment();
            return true;
        }
        return false;
    }

    private void skipBlockComment() {
        int openedAt = line;
        int depth = 0;
        int i = pos;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth = syntax.nestedBlockComments() ? depth + 1 : 1;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                i += 2;
                if (--depth == 0) {
                    moveTo(i);
                    return;
                }
            } else {
                i++;
            }
        }
        throw new SqlSplitException(openedAt, "the /* comment that starts here is never closed with */");
    }

    private boolean quoted() {
        char c = text.charAt(pos);
        if (c == '\'') {
            skipQuoted('\'', syntax.backslashEscapesInStrings(), "string literal");
        } else if (c == '"') {
            skipQuoted(
                    '"',
                    syntax.doubleQuotedStrings(),
                    syntax.doubleQuotedStrings() ? "string literal" : "quoted identifier");
        } else if (c == '`' && syntax.backtickIdentifiers()) {
            skipQuoted('`', false, "quoted identifier");
        } else if (c == '[' && syntax.bracketIdentifiers()) {
            skipTo("]", 1, "quoted identifier", "[");
        } else if (c == '$' && syntax.dollarQuotes()) {
            String tag = dollarTag();
            if (tag == null) {
                return false;
            }
            skipTo(tag, tag.length(), "dollar-quoted string", tag);
        } else {
            return false;
        }
        return true;
    }

    /** Skips a quoted run in which a doubled quote stands for itself (and, if asked, a backslash escapes). */
    private void skipQuoted(char quote, boolean backslashEscapes, String what) {
        int openedAt = line;
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && backslashEscapes) {
                i += 2;
            } else if (c == quote && charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                moveTo(i + 1);
                return;
            } else {
                i++;
            }
        }
        throw new SqlSplitException(
                openedAt,
                "the " + what + " that starts here with " + quote
                        + " is never closed; close it or double the quote inside it");
    }

    private void skipTo(String closing, int openingLength, String what, String opening) {
        int end = text.indexOf(closing, pos + openingLength);
        if (end < 0) {
            throw new SqlSplitException(
                    line, "the " + what + " that starts here with " + opening + " is never closed with " + closing);
        }
        moveTo(end + closing.length());
    }

    /** {@code $$} or {@code $tag$} at the position (PostgreSQL), or {@code $$} alone (H2); else null. */
    private String dollarTag() {
        int i = pos + 1;
        if (charAt(i) == '$') {
            return "$$";
        }
        if (!syntax.taggedDollarQuotes() || !(Character.isLetter(charAt(i)) || charAt(i) == '_')) {
            return null; // $1 is a parameter, not a quote
        }
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return charAt(i) == '$' ? text.substring(pos, i + 1) : null;
    }

    private void word() {
        int end = pos + 1;
        while (end < text.length() && isWordPart(text.charAt(end)) && !atCustomDelimiter(end)) {
            end++;
        }
        String word = text.substring(pos, end);
        pos = end;
        if (syntax.escapeStringPrefix() && word.equalsIgnoreCase("E") && charAt(pos) == '\'') {
            skipQuoted('\'', true, "escape string literal");
            blocks.literal();
            return;
        }
        blocks.word(word, labelFollows());
    }

    private boolean labelFollows() {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return charAt(i) == ':' && charAt(i + 1) != '=' && charAt(i + 1) != ':';
    }

    private void symbol(char c) {
        if (c == '(') {
            parentheses++;
        } else if (c == ')' && parentheses > 0) {
            parentheses--;
        }
        blocks.symbol(c);
        pos++;
    }

    private boolean atCustomDelimiter(int i) {
        return !delimiter.equals(DEFAULT_DELIMITER) && text.regionMatches(true, i, delimiter, 0, delimiter.length());
    }

    private boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || (syntax == SqlSyntax.MYSQL && (c == '$' || Character.isDigit(c)));
    }

    private boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c)
                || c == '_'
                || (c == '$' && (syntax == SqlSyntax.MYSQL || syntax == SqlSyntax.POSTGRESQL));
    }

    private boolean isSpaceOrEnd(int i) {
        return i >= text.length() || Character.isWhitespace(text.charAt(i)) || Character.isISOControl(text.charAt(i));
    }

    private char charAt(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private void moveTo(int end) {
        for (int i = pos; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        pos = end;
    }
}
