package dev.migrate.internal.autogenerate.hibernate;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Types;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the SQL type Hibernate's dialect writes for a column ({@code varchar(255)},
 * {@code float(53)}, {@code timestamp(6) with time zone}) into a portable {@link ColumnType}
 * where there is one, and a named SQL type otherwise, so that it compares with the database's.
 */
final class HibernateTypes {

    private static final Pattern ARGUMENTS = Pattern.compile("\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?");

    private HibernateTypes() {}

    static ColumnType parse(String sql) {
        String lower = sql.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String name = lower;
        Integer first = null;
        Integer second = null;
        int open = lower.indexOf('(');
        if (open >= 0) {
            int close = lower.indexOf(')', open);
            Matcher m = ARGUMENTS.matcher(close < 0 ? "" : lower.substring(open + 1, close));
            if (!m.matches()) {
                return Types.sqlType(sql.trim());
            }
            first = Integer.valueOf(m.group(1));
            second = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            name = lower.substring(0, open).trim();
            String rest = lower.substring(close + 1).trim();
            if (!rest.isEmpty()) {
                if (name.equals("timestamp") && rest.equals("with time zone")) {
                    return Types.timestampWithTimeZone();
                }
                return Types.sqlType(sql.trim());
            }
        }
        if (name.equals("timestamp with time zone")) {
            return Types.timestampWithTimeZone();
        }
        switch (name) {
            case "varchar", "character varying", "varchar2", "nvarchar" -> {
                return first == null ? Types.sqlType(sql.trim()) : Types.varchar(first);
            }
            case "char", "character", "nchar" -> {
                return Types.fixedChar(first == null ? 1 : first);
            }
            case "text", "clob", "character large object" -> {
                return Types.text();
            }
            case "integer", "int", "int4" -> {
                return Types.integer();
            }
            case "bigint", "int8" -> {
                return Types.bigint();
            }
            case "smallint", "int2" -> {
                return Types.smallint();
            }
            case "boolean", "bool" -> {
                return Types.bool();
            }
            case "numeric", "decimal" -> {
                if (first == null) {
                    return Types.numeric();
                }
                return second == null ? Types.numeric(first) : Types.numeric(first, second);
            }
            case "float" -> {
                return first != null && first <= 24 ? Types.real() : Types.doublePrecision();
            }
            case "double", "double precision", "float8" -> {
                return Types.doublePrecision();
            }
            case "real", "float4" -> {
                return Types.real();
            }
            case "date" -> {
                return Types.date();
            }
            case "time" -> {
                return Types.time();
            }
            case "timestamp", "datetime" -> {
                return Types.timestamp();
            }
            case "timestamptz" -> {
                return Types.timestampWithTimeZone();
            }
            case "uuid" -> {
                return Types.uuid();
            }
            case "json", "jsonb" -> {
                return Types.json();
            }
            case "bytea", "blob", "longblob", "binary large object" -> {
                return Types.binary();
            }
            case "varbinary", "binary varying" -> {
                return first == null ? Types.binary() : Types.binary(first);
            }
            default -> {
                return Types.sqlType(sql.trim());
            }
        }
    }
}
