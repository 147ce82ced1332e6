package dev.migrate.internal.dialect;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The common course of reflection: name the schema, list its tables, filter the list, then read
 * everything about the remaining tables with bulk queries over that list.
 */
abstract class CatalogReflector implements SchemaReflector {

    @Override
    public final SchemaModel reflect(Connection connection, ReflectionFilter filter) {
        String schema = null;
        try {
            schema = filter.schema() != null ? storedSchema(filter.schema()) : currentSchema(connection);
            List<TableName> accepted = new ArrayList<>();
            for (TableName t : listTables(connection, schema)) {
                if (filter.accepts(t.modelName())) {
                    accepted.add(t);
                }
            }
            List<Table> tables =
                    accepted.isEmpty() ? List.of() : readTables(connection, schema, filter.schema(), accepted);
            List<Sequence> sequences = readSequences(connection, schema, filter.schema());
            return new SchemaModel(tables, sequences);
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR,
                    "Could not reflect the schema " + (schema == null ? "" : "'" + schema + "' ") + "of the database: "
                            + e.getMessage(),
                    e);
        }
    }

    /** The schema (MariaDB: database) unqualified names land in. */
    protected String currentSchema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    /** A schema name as the filter gives it, as the catalog stores it. */
    protected String storedSchema(String name) {
        return name;
    }

    /** Every table of the schema, views left out. */
    protected abstract List<TableName> listTables(Connection connection, String schema) throws SQLException;

    /** One empty draft per accepted table, keyed by the name the database stores. */
    protected static Map<String, TableDraft> drafts(String modelSchema, List<TableName> tables) {
        Map<String, TableDraft> drafts = new LinkedHashMap<>();
        for (TableName t : tables) {
            drafts.put(t.stored(), new TableDraft(modelSchema, t.modelName(), t.comment()));
        }
        return drafts;
    }

    /**
     * A foreign key's action as {@code information_schema.referential_constraints} names it
     * (MariaDB, H2); the default action ({@code NO ACTION}, {@code RESTRICT}) is {@code null}.
     */
    protected static ReferentialAction referentialAction(String rule) {
        return switch (rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> null;
        };
    }

    /**
     * The full definitions of the given tables.
     *
     * @param schema      the schema to read
     * @param modelSchema the schema the model's tables carry ({@code null} for the current one)
     */
    protected abstract List<Table> readTables(
            Connection connection, String schema, String modelSchema, List<TableName> tables) throws SQLException;

    /** The schema's free-standing sequences. */
    protected abstract List<Sequence> readSequences(Connection connection, String schema, String modelSchema)
            throws SQLException;

    /**
     * A table as the catalog names it and as the model will.
     *
     * @param stored    the name in the catalog, for queries
     * @param modelName the name in the model
     * @param comment   the table's comment, or {@code null}
     */
    protected record TableName(String stored, String modelName, String comment) {}
}
