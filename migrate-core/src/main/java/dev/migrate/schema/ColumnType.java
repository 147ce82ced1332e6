package dev.migrate.schema;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column's type, portable where it can be: each dialect renders a {@link Kind} as its own
 * spelling, and {@link Kind#NAMED} carries a database-specific type verbatim. Build them with
 * {@link Types}.
 *
 * @param kind      what sort of type this is
 * @param length    characters or bytes for {@code VARCHAR}, {@code CHAR} and {@code BINARY}; {@code null} for unbounded binary
 * @param precision digits of a {@code NUMERIC}, {@code null} when unspecified
 * @param scale     digits after the point of a {@code NUMERIC}, {@code null} when unspecified
 * @param name      the enum type's name ({@code ENUM}) or the SQL type itself ({@code NAMED})
 * @param values    the allowed values of an {@code ENUM}, in order; empty otherwise
 */
public record ColumnType(
        Kind kind,
        @Nullable Integer length,
        @Nullable Integer precision,
        @Nullable Integer scale,
        @Nullable String name,
        List<String> values) {

    /** The portable families of types. */
    public enum Kind {
        SMALLINT,
        INTEGER,
        BIGINT,
        BOOLEAN,
        CHAR,
        VARCHAR,
        TEXT,
        NUMERIC,
        REAL,
        DOUBLE,
        DATE,
        TIME,
        TIMESTAMP,
        TIMESTAMP_WITH_TIME_ZONE,
        UUID,
        JSON,
        BINARY,
        ENUM,
        NAMED
    }

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        values = values == null ? List.of() : List.copyOf(values);
        if ((kind == Kind.VARCHAR || kind == Kind.CHAR) && (length == null || length <= 0)) {
            throw new IllegalArgumentException(kind + " needs a positive length, e.g. varchar(255)");
        }
        if (kind == Kind.ENUM && (name == null || name.isBlank() || values.isEmpty())) {
            throw new IllegalArgumentException("an enum type needs a name and at least one value");
        }
        if (kind == Kind.NAMED && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("a named SQL type needs its SQL spelling, e.g. sqlType(\"inet\")");
        }
        if (scale != null && precision == null) {
            throw new IllegalArgumentException("numeric scale needs a precision");
        }
    }

    static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null, null, List.of());
    }

    /** Whether values of this type are whole numbers (for identity columns). */
    public boolean isInteger() {
        return kind == Kind.SMALLINT || kind == Kind.INTEGER || kind == Kind.BIGINT;
    }

    /** The {@link Types} call that builds this type, as Java source. */
    @Override
    public String toString() {
        return switch (kind) {
            case SMALLINT -> "smallint()";
            case INTEGER -> "integer()";
            case BIGINT -> "bigint()";
            case BOOLEAN -> "bool()";
            case CHAR -> "fixedChar(" + length + ")";
            case VARCHAR -> "varchar(" + length + ")";
            case TEXT -> "text()";
            case NUMERIC ->
                precision == null
                        ? "numeric()"
                        : scale == null ? "numeric(" + precision + ")" : "numeric(" + precision + ", " + scale + ")";
            case REAL -> "real()";
            case DOUBLE -> "doublePrecision()";
            case DATE -> "date()";
            case TIME -> "time()";
            case TIMESTAMP -> "timestamp()";
            case TIMESTAMP_WITH_TIME_ZONE -> "timestampWithTimeZone()";
            case UUID -> "uuid()";
            case JSON -> "json()";
            case BINARY -> length == null ? "binary()" : "binary(" + length + ")";
            case ENUM -> "enumType(" + JavaSource.strings(name, values) + ")";
            case NAMED -> "sqlType(" + JavaSource.string(name) + ")";
        };
    }
}
