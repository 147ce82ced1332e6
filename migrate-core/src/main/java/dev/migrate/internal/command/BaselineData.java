package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.Operation;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code baseline --data TABLE,...}: the rows of chosen tables, as {@code bulkInsert} operations
 * after the tables' creation (in the order the tables are named, so parents go first), and every
 * sequence created at the database's next value instead of its start, so that rows inserted
 * after the seed rows do not collide with them.
 */
final class BaselineData {

    private final Connection connection;
    private final Dialect dialect;

    BaselineData(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The creation operations with the sequences at their next values, then the tables' rows. */
    List<Operation> withData(List<Operation> creation, SchemaModel schema, List<String> tables) throws SQLException {
        List<Operation> operations = new ArrayList<>();
        for (Operation operation : creation) {
            if (operation instanceof CreateSequence create) {
                operations.add(new CreateSequence(atNextValue(create.sequence()), create.ifNotExists()));
            } else {
                operations.add(operation);
            }
        }
        for (String name : tables) {
            Table table = schema.tables().stream()
                    .filter(t -> t.name().equalsIgnoreCase(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new BadInputException(
                            ErrorKind.BAD_USAGE,
                            "baseline --data " + name.strip() + ": the database has "
                                    + "no such table (migrate's own and excluded tables aside)"));
            operations.add(rows(table));
        }
        return operations;
    }

    private BulkInsert rows(Table table) throws SQLException {
        List<String> names =
                table.columns().stream().map(c -> dialect.identifier(c.name())).toList();
        String order = table.primaryKey() == null
                ? ""
                : " ORDER BY "
                        + String.join(
                                ", ",
                                table.primaryKey().columns().stream()
                                        .map(dialect::identifier)
                                        .toList());
        String sql =
                "SELECT " + String.join(", ", names) + " FROM " + dialect.qualify(table.schema(), table.name()) + order;
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    row.add(value(result, i + 1, table.columns().get(i).type()));
                }
                rows.add(row);
            }
        }
        return new BulkInsert(table.schema(), table.name(), table.columns(), rows);
    }

    /** A value as the JDBC driver gives it, in the Java type a revision binds and writes back. */
    private static Object value(ResultSet result, int index, ColumnType type) throws SQLException {
        Object value;
        switch (type.kind()) {
            case SMALLINT, INTEGER, BIGINT:
                long whole = result.getLong(index);
                value = whole;
                break;
            case BOOLEAN:
                value = result.getBoolean(index);
                break;
            case NUMERIC:
                value = result.getBigDecimal(index);
                break;
            case REAL, DOUBLE:
                value = result.getDouble(index);
                break;
            case DATE:
                java.sql.Date date = result.getDate(index);
                value = date == null ? null : date.toLocalDate();
                break;
            case TIME:
                java.sql.Time time = result.getTime(index);
                value = time == null ? null : time.toLocalTime();
                break;
            case TIMESTAMP:
                java.sql.Timestamp timestamp = result.getTimestamp(index);
                value = timestamp == null ? null : timestamp.toLocalDateTime();
                break;
            case TIMESTAMP_WITH_TIME_ZONE:
                value = result.getObject(index, OffsetDateTime.class);
                break;
            case BINARY:
                value = result.getBytes(index);
                break;
            case UUID:
                String uuid = result.getString(index);
                value = uuid == null ? null : java.util.UUID.fromString(uuid);
                break;
            default:
                value = result.getString(index);
        }
        return result.wasNull() ? null : value;
    }

    /** The sequence, starting where the database's would continue. */
    private Sequence atNextValue(Sequence sequence) throws SQLException {
        Long next = dialect.nextSequenceValue(connection, sequence);
        return next == null ? sequence : sequence.startWith(next);
    }
}
