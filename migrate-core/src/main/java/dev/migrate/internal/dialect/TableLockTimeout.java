package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a database bounds the time a session's statements wait for table locks
 * ({@code ddl_lock_timeout}): the statement that sets the bound, the one that puts back what the
 * session had (the connection may go back to a pool), and the query naming the sessions that block.
 * {@link Dialect#tableLockTimeout()} gives one per database that has such a setting.
 */
public abstract class TableLockTimeout {

    /** The statement that makes the session's statements give up waiting for a lock after {@code timeout}. */
    public abstract String setStatement(Duration timeout);

    /** The statement that restores the session's current lock timeout, read now on {@code connection}. */
    public abstract String restoreStatement(Connection connection) throws SQLException;

    /** The query naming the sessions a waiting session waits for. */
    public abstract LockBlockers blockers();

    /** Why no blocking session was named when none was seen, for the failure's message. */
    public String blockersUnseen() {
        return "it was not seen while the statement waited";
    }

    static final class Postgres extends TableLockTimeout {

        @Override
        public String setStatement(Duration timeout) {
            return "SET lock_timeout = '" + Math.max(1, timeout.toMillis()) + "ms'";
        }

        @Override
        public String restoreStatement(Connection connection) throws SQLException {
            return "SET lock_timeout = '" + LockBlockers.single(connection, "SHOW lock_timeout") + "'";
        }

        @Override
        public LockBlockers blockers() {
            return new LockBlockers.Postgres();
        }
    }

    static final class MariaDb extends TableLockTimeout {

        // whole seconds only; metadata locks (ALTER, DROP) and InnoDB row locks have a timeout each
        @Override
        public String setStatement(Duration timeout) {
            return "SET SESSION lock_wait_timeout = " + seconds(timeout) + ", innodb_lock_wait_timeout = "
                    + seconds(timeout);
        }

        @Override
        public String restoreStatement(Connection connection) throws SQLException {
            return "SET SESSION lock_wait_timeout = "
                    + LockBlockers.single(connection, "SELECT @@SESSION.lock_wait_timeout")
                    + ", innodb_lock_wait_timeout = "
                    + LockBlockers.single(connection, "SELECT @@SESSION.innodb_lock_wait_timeout");
        }

        @Override
        public LockBlockers blockers() {
            return new LockBlockers.MariaDb();
        }

        private static long seconds(Duration timeout) {
            return Math.max(1, (timeout.toMillis() + 999) / 1000);
        }
    }

    static final class H2 extends TableLockTimeout {

        private static final int DEFAULT_LOCK_TIMEOUT_MS = 10_000;
        private static final Pattern IN_URL = Pattern.compile("(?i);LOCK_TIMEOUT=(\\d+)");

        @Override
        public String setStatement(Duration timeout) {
            return "SET LOCK_TIMEOUT " + Math.max(1, timeout.toMillis());
        }

        /**
         * H2 does not show a session's lock timeout anywhere, so it is restored to what the URL sets
         * ({@code ;LOCK_TIMEOUT=…}) or else to H2's default.
         */
        @Override
        public String restoreStatement(Connection connection) throws SQLException {
            Matcher inUrl =
                    IN_URL.matcher(String.valueOf(connection.getMetaData().getURL()));
            return "SET LOCK_TIMEOUT " + (inUrl.find() ? inUrl.group(1) : String.valueOf(DEFAULT_LOCK_TIMEOUT_MS));
        }

        @Override
        public LockBlockers blockers() {
            return new LockBlockers.H2();
        }

        @Override
        public String blockersUnseen() {
            return "H2 shows other sessions to admins only";
        }
    }
}
