package dev.migrate.ops;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Raw SQL, run as it is written, optionally spelled differently per dialect.
 *
 * @param sql       one statement, without a trailing delimiter; used where {@code byDialect} has no entry
 *                  (may be {@code null} when every dialect the revision runs on has one)
 * @param byDialect statements keyed by dialect name ({@code postgresql}, {@code mariadb}, {@code h2}, {@code sqlite})
 */
public record Execute(@Nullable String sql, Map<String, String> byDialect) implements Operation {

    public Execute {
        byDialect = byDialect == null ? Map.of() : Map.copyOf(byDialect);
        if ((sql == null || sql.isBlank()) && byDialect.isEmpty()) {
            throw new IllegalArgumentException("execute() needs a SQL statement");
        }
    }

    public Execute(String sql) {
        this(sql, Map.of());
    }

    /** The statement for one dialect, or {@code null} when there is none for it. */
    public String sqlFor(String dialectName) {
        return byDialect.getOrDefault(dialectName, sql);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitExecute(this);
    }

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException("execute() cannot be reversed: write the downgrade's SQL by hand");
    }
}
