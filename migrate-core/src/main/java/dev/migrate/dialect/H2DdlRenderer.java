package dev.migrate.dialect;

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

    @Override
    protected String alterType(AlterColumn op) {
        // H2 converts values itself; a USING expression has no place in its syntax.
        return " SET DATA TYPE " + type(op.type());
    }

    @Override
    protected String renameColumn(AlterColumn op) {
        return "ALTER TABLE " + table(op.schema(), op.table()) + " ALTER COLUMN " + quote(op.name()) + " RENAME TO " + quote(op.newName());
    }
}
