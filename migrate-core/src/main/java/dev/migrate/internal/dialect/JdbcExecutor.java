package dev.migrate.internal.dialect;

import dev.migrate.ErrorKind;
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
 * parameterized batch (values bound, never concatenated), and everything else after
 * {@link Dialect#completeOnline}. Transactions are the caller's business, except that a SQLite
 * batch run outside one makes its own, guarded as {@link Dialect#guardTransaction} says.
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
        try {
            if (operation instanceof BatchAlterTable batch
                    && dialect instanceof SqliteDialect
                    && connection.getAutoCommit()) {
                rebuildInOwnTransaction(batch);
                return;
            }
            dialect.render(dialect.completeOnline(operation, connection)).forEach(this::execute);
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.STATEMENT_FAILED,
                    dialect.name() + " could not run " + operation.getClass().getSimpleName() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * A SQLite rebuild outside a transaction: it makes its own, with foreign key enforcement
     * off as {@link Dialect#guardTransaction} does for the runner's transactions.
     */
    private void rebuildInOwnTransaction(BatchAlterTable batch) throws SQLException {
        try (TransactionGuard guard = dialect.guardTransaction(connection)) {
            connection.setAutoCommit(false);
            try {
                dialect.render(dialect.completeOnline(batch, connection)).forEach(this::execute);
                guard.beforeCommit();
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Runs one statement. */
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.STATEMENT_FAILED, dialect.name() + " refused " + sql + ": " + e.getMessage(), e);
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
            throw new MigrateException(
                    ErrorKind.STATEMENT_FAILED, dialect.name() + " refused " + batch.sql() + ": " + e.getMessage(), e);
        }
    }
}
