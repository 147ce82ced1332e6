package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.TransactionGuard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs SQL on a live connection; a refused statement becomes a {@link StatementFailedException} naming it. */
final class JdbcSink implements SqlSink {

    private final Connection connection;
    private final Dialect dialect;
    private Statement statement;
    private TransactionGuard guard = TransactionGuard.NONE;

    JdbcSink(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public void execute(String sql) {
        try {
            if (statement == null) {
                statement = connection.createStatement();
            }
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        }
    }

    @Override
    public void update(String sql, List<?> parameters) {
        try (PreparedStatement prepared = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                prepared.setObject(i + 1, parameters.get(i));
            }
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        }
    }

    @Override
    public void begin() {
        try {
            guard = dialect.guardTransaction(connection);
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StatementFailedException("BEGIN", e);
        }
    }

    @Override
    public void commit() {
        try {
            guard.beforeCommit();
            connection.commit();
            connection.setAutoCommit(true);
            endGuard();
        } catch (SQLException e) {
            throw new StatementFailedException("COMMIT", e);
        }
    }

    private void endGuard() throws SQLException {
        TransactionGuard ending = guard;
        guard = TransactionGuard.NONE;
        ending.close();
    }

    @Override
    public void rollback() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            endGuard();
        } catch (SQLException e) {
            throw new StatementFailedException("ROLLBACK", e);
        }
    }

    @Override
    public boolean inTransaction() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw new StatementFailedException("(reading the connection's autocommit state)", e);
        }
    }

    @Override
    public boolean offline() {
        return false;
    }

    @Override
    public Connection connection() {
        return connection;
    }
}
