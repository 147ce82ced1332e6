package dev.migrate.ops;

import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Several changes to one table, applied together. Where {@code ALTER TABLE} can do them (every
 * database but SQLite) they run one by one; on SQLite the table is rebuilt ("move and copy", as
 * Alembic's batch mode): a new table with the changed definition is created, the rows are copied,
 * the old table is dropped, and its indexes and constraints are created again.
 *
 * @param changes  column, index and constraint operations on this table, in order
 * @param copyFrom the table's current definition; {@code null} online, where it is read from the
 *                 database, but needed for SQLite in offline mode
 */
public record BatchAlterTable(
        @Nullable String schema,
        String table,
        List<Operation> changes,
        @Nullable Table copyFrom) implements Operation {

    public BatchAlterTable {
        Require.name(table, "batchAlterTable", "table");
        changes = List.copyOf(changes);
        for (Operation change : changes) {
            String target = BatchOperations.targetTable(change);
            if (target == null) {
                throw new IllegalArgumentException("batchAlterTable(\"" + table + "\") cannot hold a "
                        + change.getClass().getSimpleName() + ": only column, index and constraint changes");
            }
            if (!target.equals(table)) {
                throw new IllegalArgumentException(
                        "batchAlterTable(\"" + table + "\") holds a change of table " + target);
            }
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitBatchAlterTable(this);
    }

    /** The same batch, told the table's current definition. */
    public BatchAlterTable withCopyFrom(Table current) {
        return new BatchAlterTable(schema, table, changes, Objects.requireNonNull(current, "current"));
    }

    @Override
    public Operation reverse() {
        List<Operation> reversed = new ArrayList<>();
        for (Operation change : changes) {
            reversed.add(0, change.reverse());
        }
        return new BatchAlterTable(
                schema, table, reversed, copyFrom == null ? null : TableChanges.apply(copyFrom, changes));
    }
}
