package dev.migrate.internal.dialect;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB and MySQL: comments inside definitions, {@code AUTO_INCREMENT}, {@code MODIFY COLUMN}
 * restating the whole column, indexes named per table, a different {@code DROP} per constraint kind.
 */
public class MariaDbDdlRenderer extends DdlRenderer {

    public MariaDbDdlRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String type(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> "INT";
            case NUMERIC -> "DECIMAL" + precision(type);
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            // MariaDB has no zoned timestamp; TIMESTAMP would convert to the session zone and end in 2038.
            case TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> "DATETIME(6)";
            case BINARY -> type.length() == null ? "LONGBLOB" : "VARBINARY(" + type.length() + ")";
            default -> super.type(type);
        };
    }

    @Override
    protected String identityClause() {
        return " AUTO_INCREMENT";
    }

    @Override
    protected String inlineColumnComment(String comment) {
        return comment == null ? "" : " COMMENT " + dialect.literal(comment);
    }

    @Override
    protected boolean commentsInline() {
        return true;
    }

    @Override
    protected String tableOptions(Table table) {
        return table.comment() == null ? "" : " COMMENT=" + dialect.literal(table.comment());
    }

    @Override
    protected List<String> comments(Table t) {
        return List.of();
    }

    @Override
    public List<String> visitSetTableComment(SetTableComment op) {
        return List.of("ALTER TABLE " + table(op.schema(), op.table()) + " COMMENT = "
                + dialect.literal(op.comment() == null ? "" : op.comment()));
    }

    @Override
    public List<String> visitRenameTable(RenameTable op) {
        return List.of("RENAME TABLE " + table(op.schema(), op.name()) + " TO " + table(op.schema(), op.newName()));
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        String table = "ALTER TABLE " + table(op.schema(), op.table());
        List<String> statements = new ArrayList<>();
        if (op.changesTypeOrNullability() || op.changesComment()) {
            statements.add(table + restatedColumn(op));
            return statements;
        }
        if (op.changesServerDefault()) {
            statements.add(table + " ALTER COLUMN " + quote(op.name())
                    + (op.serverDefault() == null ? " DROP DEFAULT" : " SET DEFAULT " + op.serverDefault()));
        }
        if (op.newName() != null) {
            statements.add(table + " RENAME COLUMN " + quote(op.name()) + " TO " + quote(op.newName()));
        }
        return statements;
    }

    /** {@code MODIFY} (or, when renaming, {@code CHANGE}) with the whole column as it will be. */
    private String restatedColumn(AlterColumn op) {
        String where = "alterColumn(\"" + op.table() + "\", \"" + op.name() + "\") on " + dialect.name();
        ColumnType type = op.type() != null ? op.type() : op.existingType();
        if (type == null) {
            throw new MigrateException(
                    ErrorKind.BAD_SCRIPT, where + " restates the whole column (MODIFY COLUMN): add existingType(...)");
        }
        Boolean nullable = op.nullable() != null ? op.nullable() : op.existingNullable();
        if (nullable == null) {
            throw new MigrateException(
                    ErrorKind.BAD_SCRIPT,
                    where + " restates the whole column (MODIFY COLUMN): add existingNullable(...)");
        }
        Column column = new Column(
                op.finalName(),
                type,
                nullable,
                op.changesServerDefault() ? op.serverDefault() : op.existingServerDefault(),
                op.changesComment() ? op.comment() : op.existingComment(),
                op.existingIdentity() && type.isInteger());
        String definition = columnDefinition(column);
        return op.newName() == null
                ? " MODIFY COLUMN " + definition
                : " CHANGE COLUMN " + quote(op.name()) + " " + definition;
    }

    @Override
    public List<String> visitDropIndex(DropIndex op) {
        return List.of("DROP INDEX " + (op.ifExists() ? "IF EXISTS " : "") + quote(op.name()) + " ON "
                + table(op.schema(), op.table()));
    }

    @Override
    public List<String> visitDropConstraint(DropConstraint op) {
        String table = "ALTER TABLE " + table(op.schema(), op.table());
        return switch (op.kind()) {
            case PRIMARY_KEY -> List.of(table + " DROP PRIMARY KEY");
            case UNIQUE -> List.of(table + " DROP INDEX " + quote(op.name()));
            // MariaDB adds an index named after a foreign key that has none to use; it goes with the key.
            case FOREIGN_KEY ->
                List.of(
                        table + " DROP FOREIGN KEY " + quote(op.name()),
                        table + " DROP INDEX IF EXISTS " + quote(op.name()));
            case CHECK -> List.of(table + " DROP CONSTRAINT " + quote(op.name()));
        };
    }

    @Override
    protected String noCycle() {
        return "NOCYCLE";
    }

    @Override
    protected Object bindValue(Object value, ColumnType type) {
        Object bound = super.bindValue(value, type);
        if (bound instanceof OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        if (bound instanceof java.util.UUID uuid) {
            return uuid.toString();
        }
        return bound;
    }

    @Override
    protected String offsetLiteral(OffsetDateTime value) {
        return "TIMESTAMP " + dialect.literal(TIMESTAMP.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
    }
}
