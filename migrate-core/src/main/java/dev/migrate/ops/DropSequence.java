package dev.migrate.ops;

import dev.migrate.schema.Sequence;
import org.jspecify.annotations.Nullable;

/**
 * Drops a sequence.
 *
 * @param existing its definition, which makes the drop reversible; may be {@code null}
 */
public record DropSequence(
        @Nullable String schema,
        String name,
        boolean ifExists,
        @Nullable Sequence existing) implements Operation {

    public DropSequence {
        Require.name(name, "dropSequence", "sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropSequence(this);
    }

    @Override
    public Operation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException("dropSequence(\"" + name + "\") cannot be reversed:"
                    + " pass the sequence's definition so the downgrade can create it again");
        }
        return new CreateSequence(existing, false);
    }
}
