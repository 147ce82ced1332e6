package dev.migrate.autogenerate.reflect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the ways databases rewrite a column default, so the reflected default reads as the
 * default was written:
 * <ul>
 *   <li>a cast of a literal ({@code 'abc'::character varying}, {@code '0'::numeric}) becomes the literal;</li>
 *   <li>a negative number in parentheses ({@code (-1)}) loses them;</li>
 *   <li>{@code NULL}, with or without a cast, is no default at all;</li>
 *   <li>{@code current_timestamp()}, {@code now()} and {@code CURRENT_TIMESTAMP} are all {@code CURRENT_TIMESTAMP};</li>
 *   <li>surrounding white space goes.</li>
 * </ul>
 * Anything else (function calls, expressions) is kept as the database prints it.
 */
final class Defaults {

    private static final Pattern CAST_LITERAL = Pattern.compile("^('(?:[^']|'')*')::[a-z0-9_ .\"\\[\\]()]+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAST_NUMBER = Pattern.compile("^\\(?(-?[0-9.]+(?:e[-+]?[0-9]+)?)\\)?(::[a-z0-9_ \\[\\]()]+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NULL = Pattern.compile("^NULL(::[a-z0-9_ .\"\\[\\]()]+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOW = Pattern.compile("^(current_timestamp(\\(\\))?|now\\(\\))$", Pattern.CASE_INSENSITIVE);

    private Defaults() {
    }

    static String normalise(String expression) {
        if (expression == null) {
            return null;
        }
        String e = expression.trim();
        if (e.isEmpty() || NULL.matcher(e).matches()) {
            return null;
        }
        if (NOW.matcher(e).matches()) {
            return "CURRENT_TIMESTAMP";
        }
        Matcher literal = CAST_LITERAL.matcher(e);
        if (literal.matches()) {
            return literal.group(1);
        }
        Matcher number = CAST_NUMBER.matcher(e);
        if (number.matches()) {
            return number.group(1);
        }
        return e;
    }
}
