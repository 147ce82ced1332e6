package dev.migrate.internal.dialect;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.BatchAlterTable;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.TableChanges;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite: no comments, no sequences, and an {@code ALTER TABLE} that can only rename and add or
 * drop plain columns; everything else goes through {@code batchAlterTable}, which rebuilds the
 * table ("move and copy").
 */
public class SqliteDdlRenderer extends DdlRenderer {

    private static final String BATCH_HINT = ": use op.batchAlterTable(...), which rebuilds the table";

    public SqliteDdlRenderer(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String type(ColumnType type) {
        return switch (type.kind()) {
            case DOUBLE -> "DOUBLE";
            case ENUM ->
                "VARCHAR("
                        + type.values().stream().mapToInt(String::length).max().orElse(1) + ")";
            default -> super.type(type);
        };
    }

    /** An identity column is SQLite's rowid alias, which must be spelled {@code INTEGER} and be the primary key. */
    @Override
    public String columnDefinition(Column column) {
        return super.columnDefinition(
                column.isIdentity() ? column.withType(dev.migrate.schema.Types.integer()) : column);
    }

    /**
     * An identity column that is the whole primary key is declared {@code INTEGER PRIMARY KEY
     * AUTOINCREMENT}, so that, as with identity columns elsewhere, the numbers of deleted rows
     * are never handed out again; SQLite allows that only on the column itself.
     */
    @Override
    protected List<String> tableElements(Table t) {
        PrimaryKey key = t.primaryKey();
        if (key == null
                || key.columns().size() != 1
                || !t.column(key.columns().get(0)).map(Column::isIdentity).orElse(false)) {
            return super.tableElements(t);
        }
        List<String> parts = new ArrayList<>();
        for (Column c : t.columns()) {
            parts.add(
                    columnDefinition(c) + (c.name().equals(key.columns().get(0)) ? " PRIMARY KEY AUTOINCREMENT" : ""));
        }
        for (dev.migrate.schema.Constraint c : t.constraints()) {
            if (c != key) {
                parts.add(constraint(c));
            }
        }
        return parts;
    }

    @Override
    protected String identityClause() {
        return "";
    }

    @Override
    protected List<String> tableComment(String schema, String table, String comment) {
        return List.of();
    }

    @Override
    protected List<String> columnComment(String schema, String table, String column, String comment) {
        return List.of();
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
    public List<String> visitAlterColumn(AlterColumn op) {
        if (op.changesTypeOrNullability() || op.changesServerDefault()) {
            throw unsupported("change the type, nullability or default of column " + op.name() + " of " + op.table()
                    + BATCH_HINT);
        }
        return op.newName() == null ? List.of() : List.of(renameColumn(op));
    }

    @Override
    public List<String> visitAddConstraint(AddConstraint op) {
        throw unsupported("add a constraint to existing table " + op.table() + BATCH_HINT);
    }

    @Override
    public List<String> visitDropConstraint(DropConstraint op) {
        throw unsupported("drop constraint " + op.name() + " of " + op.table() + BATCH_HINT);
    }

    @Override
    public List<String> visitCreateSequence(CreateSequence op) {
        throw unsupported(
                "create sequence " + op.sequence().name() + ": SQLite has no sequences (use an identity column)");
    }

    @Override
    public List<String> visitAlterSequence(AlterSequence op) {
        throw unsupported("alter sequence " + op.name() + ": SQLite has no sequences");
    }

    @Override
    public List<String> visitDropSequence(DropSequence op) {
        throw unsupported("drop sequence " + op.name() + ": SQLite has no sequences");
    }

    /**
     * Move and copy: the old table is renamed aside, the new one created under the old name, the
     * rows copied, the old one dropped and the indexes created again. Renaming with
     * {@code legacy_alter_table} on keeps other tables' foreign keys pointing at the name (so at
     * the new table), and dropping the renamed-aside table then triggers no foreign key action on
     * them, even with {@code foreign_keys} on: no cascade can delete a child row.
     */
    @Override
    public List<String> visitBatchAlterTable(BatchAlterTable op) {
        Table current = op.copyFrom();
        if (current == null) {
            throw new MigrateException(
                    ErrorKind.BAD_SCRIPT,
                    "batchAlterTable(\"" + op.table() + "\") on sqlite needs the table's current definition"
                            + " to rebuild it; online it is read from the database, offline (--sql) pass it as copyFrom");
        }
        TableChanges.Rebuild plan =
                TableChanges.plan(current.inSchema(op.schema()).withName(op.table()), op.changes(), this::quote);
        Table target = plan.table();
        String aside = "_migrate_batch_" + op.table();
        List<String> statements = new ArrayList<>();
        statements.add("PRAGMA legacy_alter_table = ON");
        statements.add("ALTER TABLE " + table(op.schema(), op.table()) + " RENAME TO " + quote(aside));
        statements.addAll(super.visitCreateTable(new CreateTable(target.withIndexes(List.of()), false)));
        List<String> into = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Column c : target.columns()) {
            String source = plan.sources().get(c.name());
            if (source != null) {
                into.add(quote(c.name()));
                from.add(source);
            }
        }
        if (!into.isEmpty()) {
            statements.add("INSERT INTO " + table(op.schema(), op.table()) + " (" + String.join(", ", into)
                    + ") SELECT " + String.join(", ", from) + " FROM " + table(op.schema(), aside));
        }
        statements.add("DROP TABLE " + table(op.schema(), aside));
        for (Index index : target.indexes()) {
            statements.addAll(createIndex(new CreateIndex(op.schema(), op.table(), index, false, false)));
        }
        statements.add("PRAGMA legacy_alter_table = OFF");
        return statements;
    }

    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public String literal(Object value, ColumnType type) {
        Object text = temporalText(value);
        return text != null ? dialect.literal(text.toString()) : super.literal(value, type);
    }

    @Override
    protected Object bindValue(Object value, ColumnType type) {
        Object bound = super.bindValue(value, type);
        Object text = temporalText(bound);
        if (text != null) {
            return text;
        }
        if (bound instanceof java.util.UUID uuid) {
            return uuid.toString();
        }
        return bound;
    }

    /** SQLite has no date types: dates and times are stored as ISO-8601 text, which sorts correctly. */
    private static String temporalText(Object value) {
        if (!(value instanceof Temporal) && !(value instanceof java.util.Date)) {
            return null;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return TIMESTAMP.format(ts.toLocalDateTime());
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time t) {
            return TIME.format(t.toLocalTime());
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalTime t) {
            return TIME.format(t);
        }
        if (value instanceof LocalDateTime t) {
            return TIMESTAMP.format(t);
        }
        if (value instanceof OffsetDateTime o) {
            return TIMESTAMP_WITH_OFFSET.format(o);
        }
        if (value instanceof java.time.Instant i) {
            return TIMESTAMP_WITH_OFFSET.format(i.atOffset(java.time.ZoneOffset.UTC));
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return TIMESTAMP_WITH_OFFSET.format(z.toOffsetDateTime());
        }
        return null;
    }
}
