package dev.migrate.internal.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the sessions that keep a revision's session waiting for a lock, asked from another
 * connection while it waits (once it has given up, the database no longer says whom it waited for).
 * One query per database, chosen by {@link TableLockTimeout#blockers()}; each describes a session
 * as id, application or user, state, and since when.
 */
public abstract class LockBlockers {

    /** The id of the revision's session, read once, on that session. */
    public abstract String sessionId(Connection revisionConnection) throws SQLException;

    /** The sessions blocking {@code sessionId} now, asked on another connection; empty when it is not waiting. */
    public abstract List<String> blocking(Connection probe, String sessionId) throws SQLException;

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** PostgreSQL names the blockers itself: {@code pg_blocking_pids}. */
    static final class Postgres extends LockBlockers {

        @Override
        public String sessionId(Connection connection) throws SQLException {
            return single(connection, "SELECT pg_backend_pid()");
        }

        @Override
        public List<String> blocking(Connection probe, String sessionId) throws SQLException {
            List<String> sessions = new ArrayList<>();
            try (PreparedStatement query = probe.prepareStatement("SELECT pid, application_name, usename, state,"
                    + " xact_start, query_start, query FROM pg_stat_activity WHERE pid = ANY (pg_blocking_pids(?))"
                    + " ORDER BY pid")) {
                query.setInt(1, Integer.parseInt(sessionId));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sessions.add("pid " + rows.getInt(1) + " (application_name '" + nullToEmpty(rows.getString(2))
                                + "', user " + rows.getString(3) + ", state " + rows.getString(4)
                                + ", transaction started " + rows.getString(5) + ", last query started "
                                + rows.getString(6) + ": " + shorten(rows.getString(7)) + ")");
                    }
                }
            }
            return sessions;
        }
    }

    /**
     * MariaDB says whom a metadata-lock waiter waits for only through the metadata_lock_info
     * plugin; without it, the sessions with an open InnoDB transaction are the candidates (a
     * transaction that read or wrote the table keeps its metadata lock until it ends).
     */
    static final class MariaDb extends LockBlockers {

        @Override
        public String sessionId(Connection connection) throws SQLException {
            return single(connection, "SELECT CONNECTION_ID()");
        }

        @Override
        public List<String> blocking(Connection probe, String sessionId) throws SQLException {
            long id = Long.parseLong(sessionId);
            try (PreparedStatement waiting =
                    probe.prepareStatement("SELECT STATE FROM information_schema.PROCESSLIST WHERE ID = ?")) {
                waiting.setLong(1, id);
                try (ResultSet rows = waiting.executeQuery()) {
                    if (!rows.next()
                            || rows.getString(1) == null
                            || !rows.getString(1).toLowerCase(Locale.ROOT).contains("lock")) {
                        return List.of();
                    }
                }
            }
            List<String> sessions = new ArrayList<>();
            String sql = hasMetadataLockInfo(probe)
                    ? "SELECT DISTINCT p.ID, p.USER, p.HOST, p.COMMAND, p.TIME, p.STATE, p.INFO, NULL"
                            + " FROM information_schema.METADATA_LOCK_INFO m JOIN information_schema.PROCESSLIST p"
                            + " ON p.ID = m.THREAD_ID WHERE m.THREAD_ID <> ? AND m.TABLE_NAME <> '' ORDER BY p.ID"
                    : "SELECT p.ID, p.USER, p.HOST, p.COMMAND, p.TIME, p.STATE, p.INFO, t.trx_started"
                            + " FROM information_schema.INNODB_TRX t JOIN information_schema.PROCESSLIST p"
                            + " ON p.ID = t.trx_mysql_thread_id WHERE p.ID <> ? ORDER BY t.trx_started";
            try (PreparedStatement query = probe.prepareStatement(sql)) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sessions.add("connection id " + rows.getLong(1) + " (user " + rows.getString(2) + "@"
                                + rows.getString(3) + ", " + rows.getString(4) + " for " + rows.getLong(5) + " s"
                                + (rows.getString(8) == null ? "" : ", transaction started " + rows.getString(8))
                                + (rows.getString(7) == null ? "" : ": " + shorten(rows.getString(7))) + ")");
                    }
                }
            }
            return sessions;
        }

        private static boolean hasMetadataLockInfo(Connection probe) throws SQLException {
            return single(
                            probe,
                            "SELECT COUNT(*) FROM information_schema.PLUGINS WHERE PLUGIN_NAME ="
                                    + " 'METADATA_LOCK_INFO' AND PLUGIN_STATUS = 'ACTIVE'")
                    .equals("1");
        }
    }

    /** H2 records the blocker of each session (visible to an admin; others see only their own session). */
    static final class H2 extends LockBlockers {

        @Override
        public String sessionId(Connection connection) throws SQLException {
            return single(connection, "SELECT SESSION_ID()");
        }

        @Override
        public List<String> blocking(Connection probe, String sessionId) throws SQLException {
            List<String> sessions = new ArrayList<>();
            try (PreparedStatement query = probe.prepareStatement("SELECT b.SESSION_ID, b.USER_NAME, b.SESSION_STATE,"
                    + " b.SESSION_START, b.EXECUTING_STATEMENT FROM INFORMATION_SCHEMA.SESSIONS w"
                    + " JOIN INFORMATION_SCHEMA.SESSIONS b ON b.SESSION_ID = w.BLOCKER_ID WHERE w.SESSION_ID = ?")) {
                query.setInt(1, Integer.parseInt(sessionId));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sessions.add("session " + rows.getInt(1) + " (user " + rows.getString(2) + ", state "
                                + rows.getString(3) + ", started " + rows.getString(4)
                                + (rows.getString(5) == null ? "" : ": " + shorten(rows.getString(5))) + ")");
                    }
                }
            }
            return sessions;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String shorten(String sql) {
        if (sql == null) {
            return "";
        }
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
