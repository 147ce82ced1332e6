package dev.migrate.internal.runtime;

import dev.migrate.internal.dialect.Dialect;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * A parameterised statement with its values written in as the dialect's literals: what an offline
 * script holds, and what a batch sends where a statement cannot be bound.
 */
final class InlinedParameters {

    private InlinedParameters() {}

    static String inline(Dialect dialect, String sql, List<?> parameters) {
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
                inlined.append(literal(dialect, parameters.get(next++)));
            } else {
                inlined.append(c);
            }
        }
        return inlined.toString();
    }

    /**
     * Whether every value reads back as itself from a literal on a live connection whatever its
     * settings: no backslash (PostgreSQL with {@code standard_conforming_strings} off, MariaDB
     * without {@code NO_BACKSLASH_ESCAPES} read it as an escape) and no NUL.
     */
    static boolean inlinesExactly(List<?> parameters) {
        for (Object value : parameters) {
            if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long) {
                continue;
            }
            if (!(value instanceof String text) || text.indexOf('\\') >= 0 || text.indexOf('\0') >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String literal(Dialect dialect, Object value) {
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
}
