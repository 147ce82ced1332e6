package dev.migrate.cli;

import dev.migrate.internal.dialect.ForwardingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A data source whose first connection starts opening on a thread of its own as soon as the
 * data source is made, so that a command connects while it reads its revisions and builds their
 * graph. A database command of the program spends about as long on each of the two (the driver's
 * classes, its locale data and the server's handshake on one side, a thousand files on the other),
 * and the machine has a second core.
 *
 * <p>The first {@link #getConnection()} waits for that connection and gives it, or throws what
 * opening it threw, as the target would have; later calls go to the target. {@link #close()} closes
 * the early connection when no one took it (a command that failed before connecting), also when
 * it arrives after the close.
 */
final class EarlyConnection extends ForwardingDataSource implements AutoCloseable {

    private boolean claimed;
    private boolean abandoned;
    private boolean arrived;
    private Connection connection;
    private Throwable failure;

    private EarlyConnection(DataSource target) {
        super(target);
    }

    /** Starts opening {@code target}'s first connection now. */
    static EarlyConnection open(DataSource target) {
        EarlyConnection early = new EarlyConnection(target);
        Thread opener = new Thread(early::openFirst, "migrate-connect");
        // a command that ends before the database answers does not wait for it
        opener.setDaemon(true);
        opener.start();
        return early;
    }

    private void openFirst() {
        Connection opened = null;
        Throwable failed = null;
        try {
            opened = target.getConnection();
        } catch (SQLException | RuntimeException | Error e) {
            failed = e;
        }
        boolean unwanted;
        synchronized (this) {
            unwanted = abandoned;
            if (!unwanted) {
                connection = opened;
                failure = failed;
            }
            arrived = true;
            notifyAll();
        }
        if (unwanted) {
            closeQuietly(opened);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        synchronized (this) {
            if (!claimed && !abandoned) {
                claimed = true;
                return awaitFirst();
            }
        }
        return target.getConnection();
    }

    private Connection awaitFirst() throws SQLException {
        while (!arrived) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while connecting to the database", e);
            }
        }
        if (failure instanceof SQLException sqlException) {
            throw sqlException;
        }
        if (failure instanceof RuntimeException runtimeException) {
            throw runtimeException;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        Connection first = connection;
        connection = null;
        return first;
    }

    /** Closes the early connection if no one took it; later connections are their users' to close. */
    @Override
    public void close() {
        Connection unused;
        synchronized (this) {
            if (claimed || abandoned) {
                return;
            }
            abandoned = true;
            unused = connection;
            connection = null;
        }
        closeQuietly(unused);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // unused and going away with the process: nothing to tell the user
        }
    }
}
