package dev.migrate.internal.dialect;

import dev.migrate.ops.AlterColumn;
import dev.migrate.schema.ColumnType;

/** H2: {@code SET DATA TYPE}, {@code ALTER COLUMN … RENAME TO}, no partial or expression indexes. */
public class H2DdlRenderer extends DdlRenderer {

    public H2DdlRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String type(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> "CHARACTER LARGE OBJECT";
            case BINARY -> type.length() == null ? "BINARY LARGE OBJECT" : "VARBINARY(" + type.length() + ")";
            default -> super.type(type);
        };
    }

    /** A character string given to a JSON column is JSON text, not a JSON string value. */
    @Override
    protected String placeholder(ColumnType type) {
        return type.kind() == ColumnType.Kind.JSON ? "? FORMAT JSON" : "?";
    }

    @Override
    protected Object bindValue(Object value, ColumnType type) {
        return type.kind() == ColumnType.Kind.JSON ? value.toString() : super.bindValue(value, type);
    }

    @Override
    public String literal(Object value, ColumnType type) {
        if (value instanceof CharSequence && type != null && type.kind() == ColumnType.Kind.JSON) {
            return "JSON " + dialect.literal(value.toString());
        }
        return super.literal(value, type);
    }

    @Override
    protected String alterType(AlterColumn op) {
        // H2 converts values itself; a USING expression has no place in its syntax.
        return " SET DATA TYPE " + type(op.type());
    }

    @Override
    protected String renameColumn(AlterColumn op) {
        return "ALTER TABLE " + table(op.schema(), op.table()) + " ALTER COLUMN " + quote(op.name()) + " RENAME TO "
                + quote(op.newName());
    }
}
