package dev.migrate.ops;

import dev.migrate.schema.Index;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates an index.
 *
 * @param concurrently PostgreSQL's {@code CREATE INDEX CONCURRENTLY}, which must run outside a
 *                     transaction; other databases create the index as usual
 */
public record CreateIndex(@Nullable String schema, String table, Index index, boolean ifNotExists, boolean concurrently)
        implements Operation {

    public CreateIndex {
        Require.name(table, "createIndex", "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }

    @Override
    public Operation reverse() {
        return new DropIndex(schema, table, index.name(), false, concurrently, index);
    }

    @Override
    public boolean requiresNoTransaction() {
        return concurrently;
    }
}
