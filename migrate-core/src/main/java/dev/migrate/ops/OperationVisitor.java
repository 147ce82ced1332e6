package dev.migrate.ops;

/** One method per operation; implementing it is how a consumer proves it handles them all. */
public interface OperationVisitor<R> {

    R visitCreateTable(CreateTable operation);

    R visitDropTable(DropTable operation);

    R visitRenameTable(RenameTable operation);

    R visitSetTableComment(SetTableComment operation);

    R visitAddColumn(AddColumn operation);

    R visitDropColumn(DropColumn operation);

    R visitAlterColumn(AlterColumn operation);

    R visitCreateIndex(CreateIndex operation);

    R visitDropIndex(DropIndex operation);

    R visitAddConstraint(AddConstraint operation);

    R visitDropConstraint(DropConstraint operation);

    R visitCreateSequence(CreateSequence operation);

    R visitAlterSequence(AlterSequence operation);

    R visitDropSequence(DropSequence operation);

    R visitExecute(Execute operation);

    R visitBulkInsert(BulkInsert operation);

    R visitBatchAlterTable(BatchAlterTable operation);
}
