package dev.migrate.internal.fleet;

import dev.migrate.internal.dialect.SchemaSelectingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The fleet's connections: at most {@code 2 × parallel} open at once, since a tenant's run holds
 * at most two (its statements and the lock's session). Connections to the fleet's own database
 * are kept and handed to the next tenant (opening one costs more than a small revision on
 * PostgreSQL); connections to a URL tenant's database are closed after use. The peak is kept for
 * the report.
 */
final class FleetConnections implements AutoCloseable {

    private final DataSource database;
    private final int limit;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** @param database the fleet's database, whose connections are reused; {@code null} for none */
    FleetConnections(DataSource database, int parallel) {
        this.database = database;
        this.limit = 2 * parallel;
        this.permits = new Semaphore(limit, true);
    }

    Connection open(DataSource source) throws SQLException {
        permits.acquireUninterruptibly();
        try {
            Connection connection = source == database ? idle.pollFirst() : null;
            if (connection == null) {
                connection = source.getConnection();
            }
            peak.accumulateAndGet(open.incrementAndGet(), Math::max);
            return connection;
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Takes a connection back: kept for the next tenant when it is the fleet database's and is clean. */
    void close(DataSource source, Connection connection) throws SQLException {
        try {
            if (source == database && reset(connection)) {
                idle.offerFirst(connection);
            } else {
                connection.close();
            }
        } finally {
            open.decrementAndGet();
            permits.release();
        }
    }

    /**
     * The connections of one tenant: {@code source} with the tenant's schema selected, each open
     * connection counting against this bound.
     *
     * @param schema the tenant's schema (or database), or {@code null} to keep the connection's
     */
    DataSource tenant(DataSource source, String schema) {
        return new SchemaSelectingDataSource(source, schema, new SchemaSelectingDataSource.Connections() {
            @Override
            public Connection open() throws SQLException {
                return FleetConnections.this.open(source);
            }

            @Override
            public void close(Connection connection) throws SQLException {
                FleetConnections.this.close(source, connection);
            }

            @Override
            public void discard(Connection connection) {
                FleetConnections.this.discard(connection);
            }
        });
    }

    /** Closes a connection that failed before it was handed out. */
    void discard(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        } finally {
            open.decrementAndGet();
            permits.release();
        }
    }

    // A transaction left open (a failed step) must not reach the next tenant.
    private static boolean reset(Connection connection) {
        try {
            if (connection.isClosed()) {
                return false;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            return true;
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // broken either way; it is not reused
            }
            return false;
        }
    }

    int limit() {
        return limit;
    }

    int peak() {
        return peak.get();
    }

    @Override
    public void close() {
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the run is over; nothing depends on this connection
            }
        }
    }
}
