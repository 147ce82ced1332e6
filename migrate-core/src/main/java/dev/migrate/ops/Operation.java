package dev.migrate.ops;

/**
 * One schema or data change, as plain immutable data. Revisions create operations through
 * {@link Operations}; the runtime executes them, the offline mode renders them as SQL, and
 * autogenerate writes them as source. Each of those is an {@link OperationVisitor} living
 * outside this package; Java 17 has no pattern switch, so the visitor is what makes the
 * compiler check that every consumer handles every operation.
 */
public sealed interface Operation permits Execute {

    <R> R accept(OperationVisitor<R> visitor);
}
