package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.ops.BatchAlterTable;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.Operation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * Runs operations on a live connection: rendered statements one by one, bulk inserts as a
 * parameterized batch (values bound, never concatenated), and SQLite batches after reading the
 * table they rebuild. Transactions are the caller's business.
 */
public final class JdbcExecutor {

    private final Connection connection;
    private final Dialect dialect;

    public JdbcExecutor(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    public void execute(Operation operation) {
        if (operation instanceof BulkInsert bulk) {
            insert(dialect.prepare(bulk));
            return;
        }
        for (String sql : dialect.render(withCurrentDefinition(operation))) {
            execute(sql);
        }
    }

    private Operation withCurrentDefinition(Operation operation) {
        if (operation instanceof BatchAlterTable batch && batch.copyFrom() == null && dialect instanceof SqliteDialect sqlite) {
            try {
                return batch.withCopyFrom(sqlite.readTable(connection, batch.schema(), batch.table()));
            } catch (SQLException e) {
                throw new MigrateException("could not read table " + batch.table() + " for batchAlterTable: " + e.getMessage(), e);
            }
        }
        return operation;
    }

    /** Runs one statement. */
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new MigrateException(dialect.name() + " refused " + sql + ": " + e.getMessage(), e);
        }
    }

    private void insert(PreparedBatch batch) {
        if (batch.rows().isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(batch.sql())) {
            for (List<Object> row : batch.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    if (value == null) {
                        statement.setNull(i + 1, Types.NULL);
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new MigrateException(dialect.name() + " refused " + batch.sql() + ": " + e.getMessage(), e);
        }
    }
}
