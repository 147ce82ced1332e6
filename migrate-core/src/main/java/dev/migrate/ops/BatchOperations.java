package dev.migrate.ops;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.ConstraintKind;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects the changes of one {@code batchAlterTable}; every method changes the batch's table. */
public final class BatchOperations {

    private final String schema;
    private final String table;
    private final List<Operation> changes = new ArrayList<>();

    BatchOperations(String schema, String table) {
        this.schema = schema;
        this.table = table;
    }

    public BatchOperations addColumn(Column column) {
        return add(new AddColumn(schema, table, column));
    }

    public BatchOperations dropColumn(String name) {
        return add(new DropColumn(schema, table, name, null));
    }

    /** Drops a column, given its definition so the batch can be reversed. */
    public BatchOperations dropColumn(Column existing) {
        return add(new DropColumn(schema, table, existing.name(), existing));
    }

    public BatchOperations alterColumn(String name, Consumer<AlterColumn.Builder> alteration) {
        AlterColumn.Builder builder = AlterColumn.of(schema, table, name);
        alteration.accept(builder);
        return add(builder.build());
    }

    public BatchOperations createIndex(Index index) {
        return add(new CreateIndex(schema, table, index, false, false));
    }

    public BatchOperations dropIndex(String name) {
        return add(new DropIndex(schema, table, name, false, false, null));
    }

    public BatchOperations dropIndex(Index existing) {
        return add(new DropIndex(schema, table, existing.name(), false, false, existing));
    }

    public BatchOperations addConstraint(Constraint constraint) {
        return add(new AddConstraint(schema, table, constraint));
    }

    public BatchOperations createPrimaryKey(String name, String... columns) {
        return addConstraint(new PrimaryKey(name, List.of(columns)));
    }

    public BatchOperations createUniqueConstraint(String name, String... columns) {
        return addConstraint(new UniqueConstraint(name, List.of(columns)));
    }

    public BatchOperations createForeignKey(ForeignKey foreignKey) {
        return addConstraint(foreignKey);
    }

    public BatchOperations createCheckConstraint(String name, String condition) {
        return addConstraint(new CheckConstraint(name, condition));
    }

    public BatchOperations dropConstraint(String name, ConstraintKind kind) {
        return add(new DropConstraint(schema, table, name, kind, null));
    }

    public BatchOperations dropConstraint(Constraint existing) {
        return add(new DropConstraint(schema, table, existing.name(), existing.kind(), existing));
    }

    List<Operation> changes() {
        return List.copyOf(changes);
    }

    private BatchOperations add(Operation operation) {
        changes.add(operation);
        return this;
    }

    /** The table a change inside a batch applies to, or {@code null} for operations a batch cannot hold. */
    static String targetTable(Operation operation) {
        return operation.accept(new TargetTable());
    }

    /** Names the table of the operations a batch may hold. */
    private static final class TargetTable implements OperationVisitor<String> {

        @Override
        public String visitAddColumn(AddColumn o) {
            return o.table();
        }

        @Override
        public String visitDropColumn(DropColumn o) {
            return o.table();
        }

        @Override
        public String visitAlterColumn(AlterColumn o) {
            return o.table();
        }

        @Override
        public String visitCreateIndex(CreateIndex o) {
            return o.table();
        }

        @Override
        public String visitDropIndex(DropIndex o) {
            return o.table();
        }

        @Override
        public String visitAddConstraint(AddConstraint o) {
            return o.table();
        }

        @Override
        public String visitDropConstraint(DropConstraint o) {
            return o.table();
        }

        @Override
        public String visitCreateTable(CreateTable o) {
            return null;
        }

        @Override
        public String visitDropTable(DropTable o) {
            return null;
        }

        @Override
        public String visitRenameTable(RenameTable o) {
            return null;
        }

        @Override
        public String visitSetTableComment(SetTableComment o) {
            return null;
        }

        @Override
        public String visitCreateSequence(CreateSequence o) {
            return null;
        }

        @Override
        public String visitAlterSequence(AlterSequence o) {
            return null;
        }

        @Override
        public String visitDropSequence(DropSequence o) {
            return null;
        }

        @Override
        public String visitExecute(Execute o) {
            return null;
        }

        @Override
        public String visitBulkInsert(BulkInsert o) {
            return null;
        }

        @Override
        public String visitBatchAlterTable(BatchAlterTable o) {
            return null;
        }
    }
}
