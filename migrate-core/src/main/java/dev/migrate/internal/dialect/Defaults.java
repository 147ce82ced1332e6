package dev.migrate.internal.dialect;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ColumnType.Kind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the ways databases rewrite a column default, so the reflected default reads as the
 * default was written:
 * <ul>
 *   <li>a cast of a literal ({@code 'abc'::character varying}, {@code '0'::numeric}) becomes the literal;</li>
 *   <li>a negative number in parentheses ({@code (-1)}) loses them;</li>
 *   <li>{@code NULL}, with or without a cast, is no default at all;</li>
 *   <li>{@code current_timestamp()}, {@code current_timestamp(6)} (MariaDB gives a {@code datetime(6)}
 *       column's {@code CURRENT_TIMESTAMP} the column's precision), {@code now()} and
 *       {@code CURRENT_TIMESTAMP} are all {@code CURRENT_TIMESTAMP};</li>
 *   <li>for a boolean column, {@code 1}, {@code '1'}, {@code b'1'} and {@code true} in any case are
 *       {@code TRUE}, their opposites {@code FALSE};</li>
 *   <li>for a number column, a quoted number ({@code '-1'}) is the number;</li>
 *   <li>for a numeric column, a plain number loses trailing zeros after the point ({@code 0.00} is {@code 0});</li>
 *   <li>surrounding white space goes.</li>
 * </ul>
 * Anything else (function calls, expressions) is kept as the database prints it.
 */
final class Defaults {

    private static final Pattern CAST_LITERAL =
            Pattern.compile("^('(?:[^']|'')*')::[a-z0-9_ .\"\\[\\]()]+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAST_NUMBER =
            Pattern.compile("^\\(?(-?[0-9.]+(?:e[-+]?[0-9]+)?)\\)?(::[a-z0-9_ \\[\\]()]+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NULL = Pattern.compile("^NULL(::[a-z0-9_ .\"\\[\\]()]+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");
    private static final Pattern NOW =
            Pattern.compile("^(current_timestamp(\\(\\d*\\))?|now\\(\\))$", Pattern.CASE_INSENSITIVE);

    private Defaults() {}

    static String normalise(String expression, ColumnType type) {
        String e = normalise(expression);
        if (e == null) {
            return null;
        }
        if (type.kind() == Kind.BOOLEAN) {
            String b = e.toLowerCase(Locale.ROOT);
            if (b.equals("1") || b.equals("'1'") || b.equals("b'1'") || b.equals("true") || b.equals("'t'")) {
                return "TRUE";
            }
            if (b.equals("0") || b.equals("'0'") || b.equals("b'0'") || b.equals("false") || b.equals("'f'")) {
                return "FALSE";
            }
        }
        boolean numeric = type.isInteger()
                || type.kind() == Kind.NUMERIC
                || type.kind() == Kind.REAL
                || type.kind() == Kind.DOUBLE;
        if (numeric
                && e.length() > 2
                && e.startsWith("'")
                && e.endsWith("'")
                && NUMBER.matcher(e.substring(1, e.length() - 1)).matches()) {
            e = e.substring(1, e.length() - 1);
        }
        if (type.kind() == Kind.NUMERIC && NUMBER.matcher(e).matches()) {
            return new BigDecimal(e).stripTrailingZeros().toPlainString();
        }
        return e;
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
