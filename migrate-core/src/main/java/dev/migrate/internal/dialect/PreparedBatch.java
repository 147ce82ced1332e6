package dev.migrate.internal.dialect;

import java.util.List;

/**
 * One parameterized statement and the rows to bind to it, for inserting data online without
 * ever writing values into SQL. Values are already converted to what the driver binds
 * ({@code setObject}); a {@code null} is bound as SQL {@code NULL}.
 */
public record PreparedBatch(String sql, List<List<Object>> rows) {}
