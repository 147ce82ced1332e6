package dev.migrate.internal.dialect;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ColumnType.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL: enum types are types of their own ({@code CREATE TYPE … AS ENUM}), created with the
 * column that first needs them and dropped with it, so each enum type belongs to one column;
 * expression, partial and concurrent indexes; deferrable foreign keys.
 */
public class PostgresDdlRenderer extends DdlRenderer {

    public PostgresDdlRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String type(ColumnType type) {
        return switch (type.kind()) {
            case JSON -> "JSONB";
            case BINARY -> "BYTEA";
            case ENUM -> quote(type.name());
            default -> super.type(type);
        };
    }

    @Override
    protected List<String> beforeColumnsCreated(String schema, List<Column> columns) {
        List<String> statements = new ArrayList<>();
        for (ColumnType type : enumTypes(columns).values()) {
            statements.add("CREATE TYPE " + table(schema, type.name()) + " AS ENUM (" + enumValues(type) + ")");
        }
        return statements;
    }

    @Override
    protected List<String> afterColumnsDropped(String schema, List<Column> columns) {
        List<String> statements = new ArrayList<>();
        for (ColumnType type : enumTypes(columns).values()) {
            statements.add("DROP TYPE " + table(schema, type.name()));
        }
        return statements;
    }

    private static Map<String, ColumnType> enumTypes(List<Column> columns) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.type().kind() == Kind.ENUM) {
                types.putIfAbsent(c.type().name(), c.type());
            }
        }
        return types;
    }

    @Override
    protected boolean supportsDeferrable() {
        return true;
    }

    @Override
    protected boolean supportsExpressionIndexes() {
        return true;
    }

    @Override
    protected boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    protected boolean supportsConcurrentIndexes() {
        return true;
    }

    @Override
    protected String placeholder(ColumnType type) {
        // The driver sends strings as varchar, which PostgreSQL will not put into these types unasked.
        return switch (type.kind()) {
            case JSON -> "CAST(? AS JSONB)";
            case UUID -> "CAST(? AS UUID)";
            case ENUM -> "CAST(? AS " + quote(type.name()) + ")";
            default -> "?";
        };
    }

    @Override
    protected Object bindValue(Object value, ColumnType type) {
        if (type.kind() == Kind.UUID || type.kind() == Kind.JSON || type.kind() == Kind.ENUM) {
            return super.bindValue(value, type).toString();
        }
        return super.bindValue(value, type);
    }

    @Override
    protected String bytesLiteral(byte[] value) {
        return "DECODE(" + dialect.literal(java.util.HexFormat.of().formatHex(value)) + ", 'hex')";
    }
}
