package dev.migrate.ops;

import dev.migrate.schema.Sequence;
import java.util.Objects;

/** Creates a sequence (PostgreSQL, MariaDB, H2; SQLite has none). */
public record CreateSequence(Sequence sequence, boolean ifNotExists) implements Operation {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateSequence(this);
    }

    @Override
    public Operation reverse() {
        return new DropSequence(sequence.schema(), sequence.name(), false, sequence);
    }
}
