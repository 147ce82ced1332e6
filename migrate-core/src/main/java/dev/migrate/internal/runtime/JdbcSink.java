package dev.migrate.internal.runtime;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.TransactionGuard;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Runs SQL on a live connection; a refused statement becomes a {@link StatementFailedException}
 * naming it. Parameterised statements are prepared once per SQL text and reused until
 * {@link #close()}, as a run writes the same version-table and history rows for every revision.
 *
 * <p>Where the dialect batches revisions, statements between {@link #startBatch} and {@link
 * #sendBatch} are queued and sent as one JDBC batch, bound values written in as literals; a value
 * that a literal might not spell exactly ({@link InlinedParameters#inlinesExactly}) sends what is
 * queued first and is then bound as usual.
 */
final class JdbcSink implements SqlSink, AutoCloseable {

    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Map<String, PreparedStatement> preparedReturningKeys = new HashMap<>();
    private Statement statement;
    private TransactionGuard guard = TransactionGuard.NONE;
    private final List<Queued> queued = new ArrayList<>();
    private boolean batching;

    /**
     * A statement waiting in the batch.
     *
     * @param rows hears its row count once the batch ran; {@code null} when nobody asks
     */
    private record Queued(String sql, String named, IntConsumer rows) {}

    /** Statements sent since the batch began, in earlier batches or bound at once. */
    private int sentInBatch;

    JdbcSink(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public void execute(String sql) {
        if (batching) {
            queued.add(new Queued(sql, sql, null));
            return;
        }
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
        if (queue(sql, parameters, null)) {
            return QUEUED;
        }
        return updateNow(sql, parameters);
    }

    @Override
    public void update(String sql, List<?> parameters, IntConsumer rows) {
        if (!queue(sql, parameters, rows)) {
            rows.accept(updateNow(sql, parameters));
        }
    }

    private boolean queue(String sql, List<?> parameters, IntConsumer rows) {
        if (!batching) {
            return false;
        }
        if (InlinedParameters.inlinesExactly(parameters)) {
            queued.add(new Queued(InlinedParameters.inline(dialect, sql, parameters), sql, rows));
            return true;
        }
        flush();
        sentInBatch++;
        return false;
    }

    @Override
    public boolean startBatch() {
        sentInBatch = 0;
        batching = dialect.batchesRevisions();
        return batching;
    }

    @Override
    public void sendBatch() {
        try {
            flush();
        } finally {
            discardBatch();
        }
    }

    @Override
    public void discardBatch() {
        batching = false;
        queued.clear();
    }

    private void flush() {
        if (queued.isEmpty()) {
            return;
        }
        List<Queued> sending = List.copyOf(queued);
        queued.clear();
        int[] counts;
        try {
            if (statement == null) {
                statement = connection.createStatement();
            }
            for (Queued each : sending) {
                statement.addBatch(each.sql());
            }
            counts = statement.executeBatch();
        } catch (SQLException e) {
            try {
                if (statement != null) {
                    statement.clearBatch();
                }
            } catch (SQLException ignored) {
                // the connection is rolled back or closed next
            }
            throw refused(e, sending);
        }
        if (counts.length != sending.size()) {
            throw new BatchFailedException(
                    new SQLException(
                            "The driver returned " + counts.length + " row counts for a batch of " + sending.size()),
                    -1,
                    null);
        }
        sentInBatch += sending.size();
        for (int i = 0; i < counts.length; i++) {
            if (sending.get(i).rows() != null) {
                sending.get(i).rows().accept(counts[i]);
            }
        }
    }

    /**
     * pgJDBC names the failed entry only in its message ("Batch entry 1 INSERT … was aborted: ERROR: …",
     * translated in some locales) and gives the server's error as the next exception. The entry is
     * taken as known only when the message's first number is a place in the batch and the message
     * also holds that entry's SQL (pgJDBC writes it unless {@code logServerErrorDetail=false}).
     */
    private BatchFailedException refused(SQLException e, List<Queued> sent) {
        SQLException serverError = e.getNextException() != null ? e.getNextException() : e;
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher number = FIRST_NUMBER.matcher(message);
        // a driver's own complaint (pgJDBC's 0100E: an entry returned rows) is no statement's failure: run it again
        boolean fromServer =
                serverError.getSQLState() != null && !serverError.getSQLState().startsWith("01");
        if (e instanceof BatchUpdateException
                && fromServer
                && number.find()
                && number.group().length() < 9) {
            int at = Integer.parseInt(number.group());
            if (at < sent.size() && message.contains(sent.get(at).sql())) {
                return new BatchFailedException(
                        e,
                        sentInBatch + at,
                        new StatementFailedException(sent.get(at).named(), serverError));
            }
        }
        return new BatchFailedException(e, -1, null);
    }

    private static final java.util.regex.Pattern FIRST_NUMBER = java.util.regex.Pattern.compile("\\d+");

    private int updateNow(String sql, List<?> parameters) {
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
        if (!queued.isEmpty()) {
            throw new IllegalStateException("Committing with " + queued.size() + " statement(s) queued and not sent");
        }
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
        discardBatch();
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
