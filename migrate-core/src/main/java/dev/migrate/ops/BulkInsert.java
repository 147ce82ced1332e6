package dev.migrate.ops;

import dev.migrate.schema.Column;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Inserts rows. Online the values are bound as parameters, never concatenated into SQL;
 * offline they are written as literals of each column's type.
 *
 * @param columns the columns given values, with their types (which decide how values are bound and written)
 * @param rows    one list of values per row, in the order of {@code columns}; values may be {@code null}
 */
public record BulkInsert(@Nullable String schema, String table, List<Column> columns, List<List<@Nullable Object>> rows)
        implements Operation {

    public BulkInsert {
        Require.name(table, "bulkInsert", "table");
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException("bulkInsert(\"" + table + "\") needs the columns it fills");
        }
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("bulkInsert(\"" + table + "\"): row " + (copy.size() + 1) + " has "
                        + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /**
     * Rows given as maps from column name to value, as Alembic's {@code bulk_insert}; a column a
     * row leaves out gets {@code NULL}, a name that is not among the columns is an error.
     */
    public static BulkInsert ofMaps(String schema, String table, List<Column> columns, List<Map<String, ?>> rows) {
        List<List<Object>> lists = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            for (String key : row.keySet()) {
                if (columns.stream().noneMatch(c -> c.name().equals(key))) {
                    throw new IllegalArgumentException("bulkInsert(\"" + table + "\"): row " + (lists.size() + 1)
                            + " has a value for " + key + ", which is not among the columns given");
                }
            }
            List<Object> values = new ArrayList<>();
            for (Column c : columns) {
                values.add(row.get(c.name()));
            }
            lists.add(values);
        }
        return new BulkInsert(schema, table, columns, lists);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitBulkInsert(this);
    }
}
