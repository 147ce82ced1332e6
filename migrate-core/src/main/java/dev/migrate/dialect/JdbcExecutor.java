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
        Operation complete = withCurrentDefinition(operation);
        if (complete instanceof BatchAlterTable batch && dialect instanceof SqliteDialect) {
            rebuild(batch);
            return;
        }
        for (String sql : dialect.render(complete)) {
            execute(sql);
        }
    }

    /**
     * A SQLite rebuild. Outside a transaction it makes its own, with foreign key enforcement
     * off; inside one, enforcement must already be off ({@link Dialect#guardTransaction}), for
     * SQLite cannot switch it there. Either way the rebuilt table's keys are checked after.
     */
    private void rebuild(BatchAlterTable batch) {
        List<String> statements = dialect.render(batch);
        try {
            if (!connection.getAutoCommit()) {
                if (SqliteForeignKeys.enforced(connection)) {
                    throw new MigrateException("batchAlterTable(\"" + batch.table() + "\") cannot rebuild the table inside a"
                            + " transaction while SQLite enforces foreign keys: renaming and dropping it would rewrite or cascade"
                            + " into the tables that refer to it. Take Dialect.guardTransaction(connection) before the"
                            + " transaction begins (the runner does), or run it outside a transaction.");
                }
                statements.forEach(this::execute);
                SqliteForeignKeys.verify(connection, batch.table());
                return;
            }
            boolean enforced = SqliteForeignKeys.enforced(connection);
            if (enforced) {
                SqliteForeignKeys.enforce(connection, false);
            }
            connection.setAutoCommit(false);
            try {
                statements.forEach(this::execute);
                SqliteForeignKeys.verify(connection, null);
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
                if (enforced) {
                    SqliteForeignKeys.enforce(connection, true);
                }
            }
        } catch (SQLException e) {
            throw new MigrateException("batchAlterTable(\"" + batch.table() + "\") failed on sqlite: " + e.getMessage(), e);
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
