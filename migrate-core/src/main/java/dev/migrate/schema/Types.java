package dev.migrate.schema;

import dev.migrate.schema.ColumnType.Kind;
import java.util.List;

/** Static factories for {@link ColumnType}s, meant for static import in revisions. */
public final class Types {

    private Types() {}

    public static ColumnType smallint() {
        return ColumnType.of(Kind.SMALLINT);
    }

    public static ColumnType integer() {
        return ColumnType.of(Kind.INTEGER);
    }

    public static ColumnType bigint() {
        return ColumnType.of(Kind.BIGINT);
    }

    public static ColumnType bool() {
        return ColumnType.of(Kind.BOOLEAN);
    }

    /** A fixed-length character string ({@code CHAR(n)}). */
    public static ColumnType fixedChar(int length) {
        return new ColumnType(Kind.CHAR, length, null, null, null, List.of());
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(Kind.VARCHAR, length, null, null, null, List.of());
    }

    /** Unbounded text ({@code TEXT}; {@code CLOB} on H2). */
    public static ColumnType text() {
        return ColumnType.of(Kind.TEXT);
    }

    public static ColumnType numeric() {
        return ColumnType.of(Kind.NUMERIC);
    }

    public static ColumnType numeric(int precision) {
        return new ColumnType(Kind.NUMERIC, null, precision, null, null, List.of());
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType(Kind.NUMERIC, null, precision, scale, null, List.of());
    }

    /** Single-precision floating point ({@code REAL}; {@code FLOAT} on MariaDB). */
    public static ColumnType real() {
        return ColumnType.of(Kind.REAL);
    }

    /** Double-precision floating point. */
    public static ColumnType doublePrecision() {
        return ColumnType.of(Kind.DOUBLE);
    }

    public static ColumnType date() {
        return ColumnType.of(Kind.DATE);
    }

    public static ColumnType time() {
        return ColumnType.of(Kind.TIME);
    }

    /** A timestamp without time zone. */
    public static ColumnType timestamp() {
        return ColumnType.of(Kind.TIMESTAMP);
    }

    /** A timestamp with time zone; MariaDB has none and stores UTC in {@code DATETIME(6)}. */
    public static ColumnType timestampWithTimeZone() {
        return ColumnType.of(Kind.TIMESTAMP_WITH_TIME_ZONE);
    }

    public static ColumnType uuid() {
        return ColumnType.of(Kind.UUID);
    }

    /** JSON ({@code JSONB} on PostgreSQL). */
    public static ColumnType json() {
        return ColumnType.of(Kind.JSON);
    }

    /** Unbounded binary data ({@code BYTEA}, {@code LONGBLOB}, {@code BLOB}). */
    public static ColumnType binary() {
        return ColumnType.of(Kind.BINARY);
    }

    /** Binary data of at most {@code length} bytes ({@code VARBINARY(n)}; {@code BYTEA} on PostgreSQL). */
    public static ColumnType binary(int length) {
        return new ColumnType(Kind.BINARY, length, null, null, null, List.of());
    }

    /**
     * An enumeration: a native enum where the database has one ({@code CREATE TYPE} on
     * PostgreSQL, created with the first column that uses it and dropped with the last),
     * {@code ENUM(…)} on MariaDB and H2, {@code VARCHAR} on SQLite.
     */
    public static ColumnType enumType(String name, String... values) {
        return new ColumnType(Kind.ENUM, null, null, null, name, List.of(values));
    }

    /** A database-specific type, written as given (e.g. {@code sqlType("inet")}). */
    public static ColumnType sqlType(String sql) {
        return new ColumnType(Kind.NAMED, null, null, null, sql, List.of());
    }
}
