package dev.migrate.internal.autogenerate.compare;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.schema.ColumnType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether two column types are the same type on one database. Both are rendered as
 * the dialect would write them and then spelled canonically, so {@code int4} equals
 * {@code integer}, {@code character varying(255)} equals {@code varchar(255)} and
 * {@code serial} equals {@code integer}: a type the database merely spells differently is not
 * a change. On MariaDB and MySQL {@code bit}, {@code bit(1)}, {@code tinyint(1)} and {@code boolean}
 * are one boolean type.
 */
public final class TypeEquivalence {

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        // longest spellings first: the replacements run in this order
        ALIASES.put("timestamp without time zone", "timestamp");
        ALIASES.put("timestamp with time zone", "timestamptz");
        ALIASES.put("time without time zone", "time");
        ALIASES.put("character large object", "clob");
        ALIASES.put("binary large object", "blob");
        ALIASES.put("character varying", "varchar");
        ALIASES.put("binary varying", "varbinary");
        ALIASES.put("double precision", "double");
        ALIASES.put("bigserial", "bigint");
        ALIASES.put("smallserial", "smallint");
        ALIASES.put("serial8", "bigint");
        ALIASES.put("serial4", "integer");
        ALIASES.put("serial", "integer");
        ALIASES.put("character", "char");
        ALIASES.put("integer", "integer");
        ALIASES.put("int8", "bigint");
        ALIASES.put("int4", "integer");
        ALIASES.put("int2", "smallint");
        ALIASES.put("int", "integer");
        ALIASES.put("float8", "double");
        ALIASES.put("float4", "real");
        ALIASES.put("bool", "boolean");
        ALIASES.put("decimal", "numeric");
        ALIASES.put("dec", "numeric");
    }

    private static final Pattern WORDS = Pattern.compile("[a-z][a-z0-9_ ]*[a-z0-9]|[a-z]");
    // compiled once: a check of a large schema canonicalizes two types per column
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OPEN = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern CLOSE = Pattern.compile("\\s*\\)");
    private static final Pattern ONE_NUMBER = Pattern.compile("\\(\\d+\\)");

    private final Dialect dialect;

    public TypeEquivalence(Dialect dialect) {
        this.dialect = dialect;
    }

    public boolean same(ColumnType database, ColumnType model) {
        return canonical(database).equals(canonical(model));
    }

    /** The type as this database spells it, lower case, for messages: {@code varchar(200)}. */
    public String display(ColumnType type) {
        return dialect.type(type).toLowerCase(Locale.ROOT);
    }

    /** The canonical spelling of a type on this database. */
    public String canonical(ColumnType type) {
        String sql = SPACES.matcher(dialect.type(type).toLowerCase(Locale.ROOT).trim())
                .replaceAll(" ");
        sql = CLOSE.matcher(COMMA.matcher(OPEN.matcher(sql).replaceAll("(")).replaceAll(","))
                .replaceAll(")");
        sql = sql.replace("\"", "").replace("`", "");
        String name = sql;
        String arguments = "";
        int open = sql.indexOf('(');
        if (open >= 0 && !sql.startsWith("enum")) {
            name = sql.substring(0, open);
            arguments = sql.substring(open);
            int close = arguments.indexOf(')');
            String tail = arguments.substring(close + 1).trim();
            arguments = arguments.substring(0, close + 1);
            name = tail.isEmpty() ? name : name + " " + tail;
        }
        name = alias(name.trim());
        if (name.equals("numeric") && ONE_NUMBER.matcher(arguments).matches()) {
            arguments = arguments.replace(")", ",0)");
        }
        if ((name.equals("timestamp") || name.equals("timestamptz") || name.equals("time") || name.equals("datetime"))
                && arguments.equals("(6)")) {
            arguments = "";
        }
        if (dialect.booleanIsNumber() && isNumberBoolean(name, arguments)) {
            return "boolean";
        }
        // MariaDB's display widths (int(11), tinyint(4)) say nothing about the values
        if (name.equals("tinyint")
                || name.equals("smallint")
                || name.equals("mediumint")
                || name.equals("integer")
                || name.equals("bigint")) {
            arguments = "";
        }
        if (name.equals("char") && arguments.isEmpty()) {
            arguments = "(1)";
        }
        return name + arguments;
    }

    /**
     * MariaDB and MySQL have no boolean type: {@code BOOLEAN} is stored as {@code tinyint(1)}, and
     * Hibernate maps {@code boolean} to {@code bit}, stored as {@code bit(1)}. All of them hold a
     * Java boolean, so none of them is a change of another.
     */
    private static boolean isNumberBoolean(String name, String arguments) {
        return name.equals("boolean")
                || (name.equals("bit") && (arguments.isEmpty() || arguments.equals("(1)")))
                || (name.equals("tinyint") && arguments.equals("(1)"));
    }

    private static String alias(String name) {
        Matcher m = WORDS.matcher(name);
        if (!m.matches()) {
            return name;
        }
        String result = ALIASES.get(name);
        if (result != null) {
            return result;
        }
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            if (name.startsWith(alias.getKey() + " ")) {
                return alias.getValue() + name.substring(alias.getKey().length());
            }
        }
        return name;
    }
}
