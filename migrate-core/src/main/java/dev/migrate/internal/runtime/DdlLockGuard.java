package dev.migrate.internal.runtime;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.LockBlockers;
import dev.migrate.internal.dialect.TableLockTimeout;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Bounds how long a revision's statements wait for table locks ({@code ddl_lock_timeout}) and
 * tries a revision that gave up again ({@code ddl_retries}, with back-off), so a DDL statement
 * queued behind a long transaction gives up in seconds instead of holding every query on the
 * table behind it. The timeout is set once on the run's session and restored when the run ends
 * (the connection may go back to a pool). While a revision runs, the sessions blocking it are
 * sampled on the lock's connection, because once the statement has given up the database no
 * longer says whom it waited for; the failure names them.
 */
final class DdlLockGuard implements AutoCloseable {

    /** The first retry waits this long; each next one twice as long, up to {@link #MAX_BACKOFF}. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final String NOT_SEEN = "it was not seen while the statement waited";

    private final Connection connection;
    private final Connection probeConnection;
    private final String blockersUnseen;
    private final Duration timeout;
    private final int retries;
    private final String restore;
    private final LockBlockers blockers;
    private final String sessionId;
    private final ScheduledExecutorService sampler;
    private final Object probing = new Object();
    private volatile List<String> lastBlockers = List.of();

    private DdlLockGuard(
            Connection connection,
            Connection probeConnection,
            String blockersUnseen,
            Duration timeout,
            int retries,
            String restore,
            LockBlockers blockers,
            String sessionId) {
        this.connection = connection;
        this.probeConnection = probeConnection;
        this.blockersUnseen = blockersUnseen;
        this.timeout = timeout;
        this.retries = retries;
        this.restore = restore;
        this.blockers = blockers;
        this.sessionId = sessionId;
        this.sampler = blockers == null || sessionId == null || probeConnection == null
                ? null
                : Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "migrate-lock-blockers");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Sets the session's lock timeout when one is configured; otherwise a guard that only runs each revision once. */
    static DdlLockGuard open(
            Connection connection, Connection probeConnection, Dialect dialect, MigrateSettings settings)
            throws SQLException {
        Duration timeout = settings.ddlLockTimeout();
        TableLockTimeout lockTimeout = dialect.tableLockTimeout();
        if (timeout == null || lockTimeout == null) {
            // without a setting on this database (SQLite) the timeout only names the failure
            return new DdlLockGuard(
                    connection,
                    null,
                    lockTimeout == null ? NOT_SEEN : lockTimeout.blockersUnseen(),
                    timeout,
                    timeout == null ? 0 : settings.ddlRetries(),
                    null,
                    null,
                    null);
        }
        String restore = lockTimeout.restoreStatement(connection);
        execute(connection, lockTimeout.setStatement(timeout));
        LockBlockers blockers = lockTimeout.blockers();
        String sessionId = blockers.sessionId(connection);
        return new DdlLockGuard(
                connection,
                probeConnection,
                lockTimeout.blockersUnseen(),
                timeout,
                settings.ddlRetries(),
                restore,
                blockers,
                sessionId);
    }

    /**
     * Runs one revision: again after a back-off when it gave up waiting for a lock and
     * {@code nothingStayed} says the failed attempt left nothing behind (it was rolled back
     * whole, or its failing statement was its first); otherwise its failure, naming the blockers.
     */
    <T> T run(Supplier<T> attempt, BooleanSupplier nothingStayed) {
        if (timeout == null) {
            return attempt.get();
        }
        for (int tried = 1; ; tried++) {
            lastBlockers = List.of();
            ScheduledFuture<?> sampling = startSampling();
            try {
                return attempt.get();
            } catch (MigrationFailedException failure) {
                stopSampling(sampling);
                if (!gaveUpWaiting(failure)) {
                    throw failure;
                }
                boolean retryable = nothingStayed.getAsBoolean();
                if (retryable && tried <= retries) {
                    sleep(backoff(tried));
                    continue;
                }
                throw explained(failure, tried, retryable);
            } finally {
                stopSampling(sampling);
            }
        }
    }

    static Duration backoff(int tried) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(tried - 1, 16);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    private MigrationFailedException explained(MigrationFailedException failure, int tried, boolean retryable) {
        StringBuilder message = new StringBuilder(failure.getMessage());
        message.append("\nThe statement gave up waiting for a lock after ")
                .append(text(timeout))
                .append(" (ddl_lock_timeout; Spring Boot: migrate.ddl-lock-timeout)");
        if (tried > 1) {
            message.append(", on each of ").append(tried).append(" attempts");
        } else if (!retryable) {
            message.append(". It was not tried again: part of the revision had already taken effect");
        } else {
            message.append(". No retry was configured (ddl_retries=0)");
        }
        message.append(". ");
        List<String> holders = lastBlockers;
        if (holders.isEmpty()) {
            message.append("The blocking session could not be read (")
                    .append(blockersUnseen)
                    .append(").");
        } else {
            message.append("Blocking session")
                    .append(holders.size() > 1 ? "s: " : ": ")
                    .append(String.join("; ", holders))
                    .append('.');
        }
        message.append(" Run again once it has finished (or end it), or at a quieter time.");
        return new MigrationFailedException(
                ErrorKind.TABLE_LOCK_TIMEOUT,
                message.toString(),
                failure.getCause(),
                failure.revision(),
                failure.script(),
                failure.statement(),
                failure.headsAfter());
    }

    /** The database's "lock wait timeout" anywhere in the failure's causes. */
    static boolean gaveUpWaiting(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if ("55P03".equals(e.getSQLState()) || e.getErrorCode() == 1205 || e.getErrorCode() == 50200) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private ScheduledFuture<?> startSampling() {
        if (sampler == null) {
            return null;
        }
        long period = Math.max(50, timeout.toMillis() / 3);
        return sampler.scheduleAtFixedRate(this::sample, period, period, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        synchronized (probing) {
            try {
                List<String> now = blockers.blocking(probeConnection, sessionId);
                if (!now.isEmpty()) {
                    lastBlockers = now;
                }
            } catch (SQLException | RuntimeException e) {
                // naming the blocker is a courtesy; the revision's own outcome does not depend on it
            }
        }
    }

    /** Stops sampling and waits for a sample in progress: the lock's connection is the runner's again. */
    private void stopSampling(ScheduledFuture<?> sampling) {
        if (sampling != null) {
            sampling.cancel(false);
            synchronized (probing) {
                // nothing: entering waits for a running sample to end
            }
        }
    }

    @Override
    public void close() {
        if (sampler != null) {
            sampler.shutdownNow();
            synchronized (probing) {
                // a sample in progress still uses the lock's connection
            }
        }
        if (restore != null) {
            try {
                execute(connection, restore);
            } catch (SQLException e) {
                // a connection that cannot take a SET is about to be closed anyway
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String text(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.migrate.MigrateException(ErrorKind.OTHER, "Interrupted while waiting to retry a revision", e);
        }
    }
}
