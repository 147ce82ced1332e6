package dev.migrate.ops;

/**
 * One schema or data change, as plain immutable data. Revisions create operations through
 * {@link Operations}; the runtime executes them, the offline mode renders them as SQL, and
 * autogenerate writes them as source. Each of those is an {@link OperationVisitor} living
 * outside this package; Java 17 has no pattern switch, so the visitor is what makes the
 * compiler check that every consumer handles every operation.
 */
public sealed interface Operation
        permits CreateTable,
                DropTable,
                RenameTable,
                SetTableComment,
                AddColumn,
                DropColumn,
                AlterColumn,
                CreateIndex,
                DropIndex,
                AddConstraint,
                DropConstraint,
                CreateSequence,
                AlterSequence,
                DropSequence,
                Execute,
                BulkInsert,
                BatchAlterTable {

    <R> R accept(OperationVisitor<R> visitor);

    /**
     * The operation that undoes this one exactly.
     *
     * @throws IrreversibleOperationException when there is none, e.g. a drop that was not told
     *                                        what it drops; the message says which hint to add
     */
    default Operation reverse() {
        throw new IrreversibleOperationException(getClass().getSimpleName() + " has no reverse");
    }

    /**
     * Whether the database refuses to run this inside a transaction (PostgreSQL's
     * {@code CREATE INDEX CONCURRENTLY}); the runner commits before and runs it on its own.
     */
    default boolean requiresNoTransaction() {
        return false;
    }
}
