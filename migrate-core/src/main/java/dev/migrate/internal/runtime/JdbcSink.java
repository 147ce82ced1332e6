package dev.migrate.internal.runtime;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.TransactionGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs SQL on a live connection; a refused statement becomes a {@link StatementFailedException}
 * naming it. Parameterised statements are prepared once per SQL text and reused until
 * {@link #close()}, as a run writes the same version-table and history rows for every revision.
 */
final class JdbcSink implements SqlSink, AutoCloseable {

    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Map<String, PreparedStatement> preparedReturningKeys = new HashMap<>();
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
    public int update(String sql, List<?> parameters) {
        try {
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        }
    }

    /**
     * Runs an {@code INSERT} and returns the key the database generated for the new row. The
     * statement is prepared once per SQL text, like {@link #update}'s: a run inserts one
     * "started" history row per revision where DDL is not transactional.
     */
    long insertReturningKey(String sql, List<?> parameters) throws SQLException {
        PreparedStatement statement = preparedReturningKeys.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            preparedReturningKeys.put(sql, statement);
        }
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("The database returned no key for the row inserted by " + sql);
            }
            return keys.getLong(1);
        }
    }

    /** Closes the statements this sink kept open; the connection stays open. */
    @Override
    public void close() {
        List<AutoCloseable> open = new ArrayList<>(prepared.values());
        open.addAll(preparedReturningKeys.values());
        prepared.clear();
        preparedReturningKeys.clear();
        if (statement != null) {
            open.add(statement);
            statement = null;
        }
        for (AutoCloseable each : open) {
            try {
                each.close();
            } catch (Exception e) {
                // Closing the connection releases whatever a statement still holds.
            }
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
