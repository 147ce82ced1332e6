package dev.migrate.internal.runtime;

import dev.migrate.AppliedRevision;
import dev.migrate.BadInputException;
import dev.migrate.Direction;
import dev.migrate.ErrorKind;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.schema.OneLineText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The log of every applied step: revision, direction, message, script, checksum, when, by whom,
 * how long, success. It backs "applied" in {@code history} and the actuator, and the check that
 * an applied script has not changed since it ran.
 */
public final class HistoryLog {

    static final int MAX_TEXT = 1000;

    /** The longest tag ({@code --tag}) a row holds. */
    public static final int MAX_TAG = 255;

    /** What {@link #inspect} found. */
    enum Shape {
        /** No history log yet. */
        MISSING,
        /** A log made before the {@code tag} column existed. */
        WITHOUT_TAG,
        /** The log as {@link #create} makes it. */
        CURRENT
    }

    /** The columns of an {@link AppliedRevision}, in its order; the table's name follows. */
    private static final String SELECT_ROWS = "SELECT revision, direction, message, script, checksum, applied_at,"
            + " applied_by, execution_ms, success FROM ";

    /** {@link #SELECT_ROWS} with the {@code tag} column, which logs made before {@code --tag} lack. */
    private static final String SELECT_ROWS_WITH_TAG = SELECT_ROWS.replace(" FROM ", ", tag FROM ");

    private final Dialect dialect;
    private final String schema;
    private final String table;
    private final String qualifiedName;

    public HistoryLog(Dialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.schema = schema;
        this.table = table;
        this.qualifiedName = dialect.qualify(schema, table);
    }

    public String qualifiedName() {
        return qualifiedName;
    }

    public void create(SqlSink sink) {
        String text = dialect.varcharType(MAX_TEXT);
        sink.execute("CREATE TABLE " + qualifiedName + " ("
                + "id " + dialect.identityPrimaryKey() + ", "
                + "revision " + dialect.varcharType(VersionTable.MAX_REVISION_LENGTH) + " NOT NULL, "
                + "direction " + dialect.varcharType(16) + " NOT NULL, "
                + "from_revisions " + text + ", "
                + "to_revisions " + text + ", "
                + "message " + text + ", "
                + "script " + text + ", "
                + "checksum " + dialect.varcharType(64) + ", "
                + "applied_at " + dialect.timestampType() + " NOT NULL, "
                + "applied_by " + dialect.varcharType(255) + ", "
                + "execution_ms BIGINT NOT NULL, "
                + "success " + dialect.booleanType() + " NOT NULL, "
                + TAG_COLUMN + ")");
    }

    private static final String TAG_COLUMN = "tag VARCHAR(" + MAX_TAG + ")";

    /** Adds the {@code tag} column to a log made before it existed; called under the lock. */
    void addTagColumn(SqlSink sink) {
        sink.execute("ALTER TABLE " + qualifiedName + " ADD " + TAG_COLUMN);
    }

    /**
     * Adds the {@code tag} column, offline, where the script cannot know whether the log has it:
     * only for databases that can add a column conditionally.
     */
    void addTagColumnIfMissing(SqlSink sink) {
        if (!dialect.addsColumnIfNotExists()) {
            throw new BadInputException(
                    ErrorKind.OFFLINE_UNSUPPORTED,
                    "--tag with --sql from a revision needs the history log's tag "
                            + "column, which SQLite cannot add conditionally in a script: run the script from base, or run "
                            + "any online upgrade or stamp once (migrate adds the column), or leave out --tag");
        }
        sink.execute("ALTER TABLE " + qualifiedName + " ADD COLUMN IF NOT EXISTS " + TAG_COLUMN);
    }

    /** Appends one row; {@code applied_at} and {@code applied_by} are the database's own clock and user. */
    public void record(SqlSink sink, Entry entry) {
        insert(sink, entry, null);
    }

    /**
     * Appends one row whose {@code execution_ms} the database works out as the row is written: the
     * time since the transaction began ({@code Dialect.transactionElapsedMillis}), for a row sent in
     * one batch with the revision it records, before the revision has run.
     */
    void recordTimedByDatabase(SqlSink sink, Entry entry) {
        insert(sink, entry, dialect.transactionElapsedMillis());
    }

    /** @param executionMs an SQL expression for {@code execution_ms}; {@code null}: the entry's time, bound */
    private void insert(SqlSink sink, Entry entry, String executionMs) {
        // Without a tag the column is not named, so a log made before it existed still takes the row.
        String tagColumn = entry.tag() == null ? "" : ", tag";
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(
                entry.revision(),
                entry.direction().label(),
                clip(String.join(",", entry.from())),
                clip(String.join(",", entry.to())),
                clip(entry.message()),
                clip(entry.script()),
                entry.checksum()));
        if (executionMs == null) {
            values.add(entry.executionTime().toMillis());
        }
        values.add(entry.success());
        if (entry.tag() != null) {
            values.add(entry.tag());
        }
        sink.update(
                "INSERT INTO " + qualifiedName
                        + " (revision, direction, from_revisions, to_revisions, message, script, checksum, applied_at, applied_by,"
                        + " execution_ms, success" + tagColumn + ") VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, "
                        + dialect.currentUserExpression() + ", " + (executionMs == null ? "?" : executionMs) + ", ?"
                        + (entry.tag() == null ? "" : ", ?") + ")",
                values);
    }

    /**
     * Logs that a step starts, committed at once: where DDL commits as it runs, a process that
     * dies mid-revision leaves this row ({@code success = false}) behind, so {@code current}
     * can say which revision may be partly applied. An offline script writes no such row: it has no
     * key to finish the row by, and the client that runs it sees where it stopped.
     *
     * @return the row's id, for {@link #finish}; {@code null} offline
     */
    Long recordStarted(SqlSink sink, Entry entry) {
        if (!(sink instanceof JdbcSink jdbc)) {
            return null;
        }
        String sql = "INSERT INTO " + qualifiedName
                + " (revision, direction, from_revisions, to_revisions, message, script, checksum, applied_at, applied_by,"
                + " execution_ms, success" + (entry.tag() == null ? "" : ", tag") + ") VALUES (?, ?, ?, ?, ?, ?, ?, "
                + "CURRENT_TIMESTAMP, " + dialect.currentUserExpression() + ", 0, FALSE"
                + (entry.tag() == null ? "" : ", ?") + ")";
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(
                entry.revision(),
                entry.direction().label(),
                clip(String.join(",", entry.from())),
                clip(String.join(",", entry.to())),
                clip(entry.message()),
                clip(entry.script()),
                entry.checksum()));
        if (entry.tag() != null) {
            values.add(entry.tag());
        }
        try {
            return jdbc.insertReturningKey(sql, values);
        } catch (SQLException e) {
            throw new StatementFailedException("(logging the start of " + entry.revision() + ")", e);
        }
    }

    /** Deletes a row written by {@link #recordStarted} for an attempt that never began. */
    void forget(SqlSink sink, long id) {
        sink.update("DELETE FROM " + qualifiedName + " WHERE id = ?", List.of(id));
    }

    /** Completes a row written by {@link #recordStarted}. */
    public void finish(SqlSink sink, long id, Duration executionTime, boolean success) {
        sink.update(
                "UPDATE " + qualifiedName + " SET execution_ms = ?, success = ? WHERE id = ?",
                List.of(executionTime.toMillis(), success, id));
    }

    /**
     * Attempts that did not complete: revisions whose latest row is a failed or interrupted step
     * (a later success of the revision, in any direction or as a stamp, settles it), oldest first.
     */
    public static List<AppliedRevision> unfinished(List<AppliedRevision> rows) {
        Map<String, AppliedRevision> latest = new java.util.LinkedHashMap<>();
        for (AppliedRevision row : rows) {
            latest.remove(row.revision());
            latest.put(row.revision(), row);
        }
        return latest.values().stream().filter(row -> !row.success()).toList();
    }

    /**
     * The same as {@link #unfinished(List)}, asked of the database: one query that returns only
     * those rows, so health checks and {@code current} never read the whole log.
     */
    public List<AppliedRevision> unfinished(Connection connection) throws SQLException {
        String sql = SELECT_ROWS + qualifiedName + " WHERE success = FALSE AND id IN (SELECT MAX(id) FROM "
                + qualifiedName + " GROUP BY revision) ORDER BY id";
        try {
            return readRows(connection, sql);
        } catch (SQLException e) {
            if (TableProbe.missing(connection, e, schema, table)) {
                return List.of();
            }
            return readRows(connection, sql);
        }
    }

    /**
     * The latest attempt of {@code revision} before the row {@code beforeId} (all rows when
     * {@code null}), if it did not complete: read when a step fails, to tell whether an earlier,
     * interrupted attempt may have left part of the revision behind.
     */
    Optional<AppliedRevision> earlierUnfinished(Connection connection, String revision, Long beforeId)
            throws SQLException {
        String sql = SELECT_ROWS + qualifiedName + " WHERE id = (SELECT MAX(id) FROM " + qualifiedName
                + " WHERE revision = ?" + (beforeId == null ? "" : " AND id < ?") + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, revision);
            if (beforeId != null) {
                statement.setLong(2, beforeId);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<AppliedRevision> rows = rows(rs);
                return rows.isEmpty() || rows.get(0).success() ? Optional.empty() : Optional.of(rows.get(0));
            }
        }
    }

    /**
     * Whether the log exists and has the {@code tag} column, asked with a query that reads no row:
     * the runner checks this under the lock before every run that has work to do, whatever the
     * log's length; a second query is made only when the first fails.
     */
    Shape inspect(Connection connection) throws SQLException {
        try {
            readNoRow(connection, "id, tag");
            return Shape.CURRENT;
        } catch (SQLException e) {
            if (TableProbe.missing(connection, e, schema, table)) {
                return Shape.MISSING;
            }
            // A log made before the tag column, or another runner created it a moment ago.
            try {
                readNoRow(connection, "id");
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw again;
            }
            try {
                readNoRow(connection, "id, tag");
                return Shape.CURRENT;
            } catch (SQLException stillNoTag) {
                return Shape.WITHOUT_TAG;
            }
        }
    }

    private void readNoRow(Connection connection, String columns) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement
                    .executeQuery("SELECT " + columns + " FROM " + qualifiedName + " WHERE 1 = 0")
                    .close();
        }
    }

    /** Every row, oldest first; empty when the log does not exist yet. */
    public Optional<List<AppliedRevision>> read(Connection connection) throws SQLException {
        try {
            return Optional.of(readExisting(connection));
        } catch (SQLException e) {
            if (TableProbe.missing(connection, e, schema, table)) {
                return Optional.empty();
            }
            // Another runner created it a moment ago.
            return Optional.of(readExisting(connection));
        }
    }

    private List<AppliedRevision> readExisting(Connection connection) throws SQLException {
        try {
            return readExisting(connection, true);
        } catch (SQLException e) {
            // A log made before the tag column: read-only commands read it as it is, never alter it.
            try {
                return readExisting(connection, false);
            } catch (SQLException again) {
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    private List<AppliedRevision> readExisting(Connection connection, boolean withTag) throws SQLException {
        return readRows(connection, (withTag ? SELECT_ROWS_WITH_TAG : SELECT_ROWS) + qualifiedName + " ORDER BY id");
    }

    private static List<AppliedRevision> readRows(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rows(rs);
        }
    }

    private static List<AppliedRevision> rows(ResultSet rs) throws SQLException {
        boolean withTag = rs.getMetaData().getColumnCount() > 9;
        List<AppliedRevision> rows = new ArrayList<>();
        while (rs.next()) {
            Timestamp appliedAt = rs.getTimestamp(6);
            rows.add(new AppliedRevision(
                    rs.getString(1),
                    Direction.ofLabel(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    appliedAt == null ? null : appliedAt.toInstant(),
                    rs.getString(7),
                    Duration.ofMillis(rs.getLong(8)),
                    rs.getBoolean(9),
                    withTag ? rs.getString(10) : null));
        }
        return rows;
    }

    /**
     * The checksum each revision had when it was last applied or stamped successfully, and which
     * revisions were stamped: one query, whatever the number of revisions.
     */
    public AppliedChecksums appliedChecksums(Connection connection) throws SQLException {
        try {
            return readChecksums(connection);
        } catch (SQLException e) {
            if (TableProbe.missing(connection, e, schema, table)) {
                return new AppliedChecksums(Map.of(), Set.of());
            }
            return readChecksums(connection);
        }
    }

    private AppliedChecksums readChecksums(Connection connection) throws SQLException {
        Map<String, String> checksums = new HashMap<>();
        Set<String> stamped = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT revision, checksum, direction FROM " + qualifiedName
                        + " WHERE success = TRUE AND direction IN ('" + Direction.UPGRADE.label() + "', '"
                        + Direction.STAMP.label() + "') ORDER BY id")) {
            while (rs.next()) {
                checksums.put(rs.getString(1), rs.getString(2));
                if (Direction.ofLabel(rs.getString(3)) == Direction.STAMP) {
                    stamped.add(rs.getString(1));
                }
            }
        }
        return new AppliedChecksums(checksums, stamped);
    }

    /**
     * What the log records of applied scripts.
     *
     * @param checksums per revision, the checksum it had when last applied or stamped
     * @param stamped   revisions recorded by a stamp: what lies below them was never run here, so it
     *                  has no row of its own
     */
    public record AppliedChecksums(Map<String, String> checksums, Set<String> stamped) {}

    private static String clip(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - 3;
        // never half of a character outside the Basic Multilingual Plane (an emoji)
        return text.substring(0, Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end) + "...";
    }

    /**
     * One row to append.
     *
     * @param tag the run's {@code --tag}, or {@code null}
     */
    public record Entry(
            String revision,
            Direction direction,
            List<String> from,
            List<String> to,
            String message,
            String script,
            String checksum,
            Duration executionTime,
            boolean success,
            String tag) {

        public Entry {
            // one line, as the message is everywhere else: a Java revision's message may hold line breaks or NUL,
            // which an offline script's literal and PostgreSQL's text cannot carry
            message = message == null ? null : OneLineText.of(message);
        }

        /** A row of an untagged run. */
        public Entry(
                String revision,
                Direction direction,
                List<String> from,
                List<String> to,
                String message,
                String script,
                String checksum,
                Duration executionTime,
                boolean success) {
            this(revision, direction, from, to, message, script, checksum, executionTime, success, null);
        }
    }
}
