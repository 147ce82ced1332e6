package dev.migrate.internal.dialect;

import dev.migrate.schema.Column;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.Types;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite, from {@code sqlite_master} and the {@code pragma_…} functions, table by table (SQLite
 * runs in the process, so there are no round trips to save). Besides the rules of
 * {@link SchemaReflector}:
 * <ul>
 *   <li>A single-column primary key declared {@code INTEGER} is the rowid alias, so an identity
 *       column (not null, no default), which is how the renderer writes identity columns.</li>
 *   <li>There are no comments and no sequences; {@code sqlite_…} tables are SQLite's own.</li>
 *   <li>Types are read back from the declared type as the renderer writes them; other
 *       declarations are {@code sqlType(...)}.</li>
 * </ul>
 */
final class SqliteReflector extends CatalogReflector {

    @Override
    protected String currentSchema(Connection connection) {
        return "main";
    }

    @Override
    protected List<TableName> listTables(Connection connection, String schema) throws SQLException {
        List<TableName> tables = new ArrayList<>();
        CatalogQuery.forEach(
                connection,
                "SELECT name FROM " + quote(schema) + ".sqlite_master"
                        + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                row -> tables.add(new TableName(row.getString(1), row.getString(1), null)));
        return tables;
    }

    @Override
    protected List<Table> readTables(Connection connection, String schema, String modelSchema, List<TableName> tables)
            throws SQLException {
        SqliteTableReader reader = new SqliteTableReader(new SqliteDialect(), connection);
        List<Table> result = new ArrayList<>();
        for (TableName name : tables) {
            Table table = reader.read(schema, name.stored());
            TableDraft draft = new TableDraft(modelSchema, table.name(), null);
            PrimaryKey key = table.primaryKey();
            for (Column c : table.columns()) {
                boolean rowid = key != null
                        && key.columns().equals(List.of(c.name()))
                        && c.type().equals(Types.integer());
                Column normalised = c.serverDefault(Defaults.normalise(c.serverDefault(), c.type()));
                draft.columns.add(rowid ? normalised.serverDefault(null).identity() : normalised);
            }
            draft.primaryKey = key;
            draft.uniques.addAll(table.uniqueConstraints());
            draft.foreignKeys.addAll(table.foreignKeys());
            draft.checks.addAll(table.checkConstraints());
            draft.indexes.addAll(table.indexes());
            result.add(draft.build());
        }
        return result;
    }

    @Override
    protected List<Sequence> readSequences(Connection connection, String schema, String modelSchema) {
        return List.of();
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
