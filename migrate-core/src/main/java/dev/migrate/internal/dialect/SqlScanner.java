package dev.migrate.internal.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the SQL that SQLite keeps for its tables and indexes, token by token, knowing its
 * quoting ({@code "…"}, {@code `…`}, {@code […]}, {@code '…'}) so that a name holding a
 * parenthesis, comma or keyword stays one name.
 */
final class SqlScanner {

    private final String sql;
    private int position;

    SqlScanner(String sql) {
        this.sql = sql;
    }

    boolean atEnd() {
        skipSpace();
        return position >= sql.length();
    }

    char peek() {
        skipSpace();
        return position < sql.length() ? sql.charAt(position) : '\0';
    }

    /** Consumes the keyword (case-insensitive) if it comes next. */
    boolean accept(String keyword) {
        skipSpace();
        int end = position + keyword.length();
        if (end <= sql.length()
                && sql.substring(position, end).equalsIgnoreCase(keyword)
                && (end == sql.length() || !isWordChar(sql.charAt(end)))) {
            position = end;
            return true;
        }
        return false;
    }

    /** The next name, unquoted; a schema-qualified name gives its last part. */
    String name() {
        String name = namePart();
        while (peek() == '.') {
            position++;
            name = namePart();
        }
        return name;
    }

    private String namePart() {
        skipSpace();
        char c = sql.charAt(position);
        if (c == '"' || c == '`' || c == '[') {
            char close = c == '[' ? ']' : c;
            int end = quotedEnd(position);
            String inner = sql.substring(position + 1, end - 1);
            position = end;
            return c == '[' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
        }
        int start = position;
        while (position < sql.length() && isWordChar(sql.charAt(position))) {
            position++;
        }
        return sql.substring(start, position);
    }

    /** The text inside the parentheses that come next, which are consumed. */
    String parenthesized() {
        skipSpace();
        if (peek() != '(') {
            throw new IllegalStateException("expected '(' at " + position + " of: " + sql);
        }
        int close = closingParenthesis(position);
        String inner = sql.substring(position + 1, close);
        position = close + 1;
        return inner;
    }

    /** Everything not yet read. */
    String rest() {
        skipSpace();
        return sql.substring(position);
    }

    /** Skips to the first parenthesis outside quotes. */
    void skipToParenthesis() {
        while (position < sql.length() && sql.charAt(position) != '(') {
            char c = sql.charAt(position);
            position = isQuote(c) ? quotedEnd(position) : position + 1;
        }
    }

    private int closingParenthesis(int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (isQuote(c)) {
                i = quotedEnd(i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalStateException("unbalanced parentheses in: " + sql);
    }

    private int quotedEnd(int start) {
        char open = sql.charAt(start);
        char close = open == '[' ? ']' : open;
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalStateException("unclosed quote in: " + sql);
    }

    private void skipSpace() {
        while (position < sql.length() && Character.isWhitespace(sql.charAt(position))) {
            position++;
        }
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '`' || c == '[' || c == '\'';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Splits a list at the commas outside parentheses and quotes. */
    static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        SqlScanner quotes = new SqlScanner(list);
        while (i < list.length()) {
            char c = list.charAt(i);
            if (isQuote(c)) {
                i = quotes.quotedEnd(i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i).trim());
                start = i + 1;
            }
            i++;
        }
        parts.add(list.substring(start).trim());
        return parts;
    }

    /** The names in a parenthesized column list such as {@code ("a", b)}. */
    static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String part : splitTopLevel(list)) {
            names.add(new SqlScanner(part).name());
        }
        return names;
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
