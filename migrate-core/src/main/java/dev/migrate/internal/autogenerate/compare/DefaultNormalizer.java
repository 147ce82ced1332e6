package dev.migrate.internal.autogenerate.compare;

import java.util.Locale;

/**
 * Puts server defaults in one spelling so that the database's rewriting of a default is not a
 * difference: PostgreSQL stores {@code 'draft'} as {@code 'draft'::character varying} and
 * {@code now()} for {@code CURRENT_TIMESTAMP}'s cousin, MariaDB reports {@code current_timestamp()}
 * and numbers without quotes, H2 upper-cases what it can.
 */
public final class DefaultNormalizer {

    private DefaultNormalizer() {}

    /** Whether two defaults ({@code null} for none) mean the same. */
    public static boolean same(String database, String model) {
        return normalize(database).equals(normalize(model));
    }

    /** A {@code nextval('…')} default: the value a serial column takes from its sequence. */
    public static boolean isSequenceDefault(String expression) {
        return expression != null && expression.toLowerCase(Locale.ROOT).contains("nextval(");
    }

    static String normalize(String expression) {
        if (expression == null) {
            return "";
        }
        String e = expression.trim();
        if (e.equalsIgnoreCase("null")) {
            return "";
        }
        e = stripParentheses(e);
        e = stripCasts(e);
        e = stripParentheses(e);
        if (e.startsWith("'") && e.endsWith("'") && e.length() >= 2) {
            String inner = e.substring(1, e.length() - 1);
            // a quoted number is the number: MariaDB and PostgreSQL disagree on the quotes
            if (inner.matches("-?\\d+(\\.\\d+)?")) {
                return number(inner);
            }
            String lower = inner.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("false")) {
                return lower;
            }
            return e;
        }
        String lower = e.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (lower.matches("-?\\d+(\\.\\d+)?")) {
            return number(lower);
        }
        switch (lower) {
            case "current_timestamp",
                    "current_timestamp()",
                    "now()",
                    "localtimestamp",
                    "localtimestamp()",
                    "current_timestamp(6)",
                    "now(6)",
                    "localtimestamp(6)" -> {
                return "current_timestamp";
            }
            case "current_date", "current_date()", "curdate()" -> {
                return "current_date";
            }
            case "true" -> {
                return "true";
            }
            case "false" -> {
                return "false";
            }
            default -> {
                return lower;
            }
        }
    }

    private static String number(String text) {
        if (text.contains(".")) {
            String trimmed = text.replaceAll("0+$", "");
            return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        }
        return text.replaceFirst("^(-?)0+(\\d)", "$1$2");
    }

    private static String stripParentheses(String e) {
        String result = e;
        while (result.startsWith("(") && result.endsWith(")") && balanced(result.substring(1, result.length() - 1))) {
            result = result.substring(1, result.length() - 1).trim();
        }
        return result;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /** Removes PostgreSQL's trailing {@code ::type} casts outside quotes. */
    private static String stripCasts(String e) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < e.length()) {
            char c = e.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
                i++;
            } else if (!quoted && c == ':' && i + 1 < e.length() && e.charAt(i + 1) == ':') {
                i += 2;
                while (i < e.length()
                        && (Character.isLetterOrDigit(e.charAt(i))
                                || " _\"[]".indexOf(e.charAt(i)) >= 0
                                || (e.charAt(i) == '(' && closes(e, i)))) {
                    if (e.charAt(i) == '(') {
                        i = e.indexOf(')', i) + 1;
                    } else {
                        i++;
                    }
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().trim();
    }

    private static boolean closes(String e, int open) {
        int close = e.indexOf(')', open);
        return close > open && e.substring(open + 1, close).matches("[\\d, ]*");
    }
}
