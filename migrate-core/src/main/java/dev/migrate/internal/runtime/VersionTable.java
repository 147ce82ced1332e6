package dev.migrate.internal.runtime;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table of the database's current heads: one row per head, {@code version_num} its primary
 * key, as Alembic's {@code alembic_version}. Written only through a {@link SqlSink}, so online
 * and offline runs produce the same statements.
 */
public final class VersionTable {

    /** Revision ids longer than this are refused when scripts are read. */
    public static final int MAX_REVISION_LENGTH = 128;

    private final Dialect dialect;
    private final String schema;
    private final String table;
    private final String qualifiedName;

    public VersionTable(Dialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.schema = schema;
        this.table = table;
        this.qualifiedName = dialect.qualify(schema, table);
    }

    public String name() {
        return table;
    }

    /** The schema (MariaDB: database) that qualifies the name, {@code null} for none. */
    public String schema() {
        return schema;
    }

    public String qualifiedName() {
        return qualifiedName;
    }

    public void create(SqlSink sink) {
        sink.execute("CREATE TABLE " + qualifiedName + " (version_num " + dialect.varcharType(MAX_REVISION_LENGTH)
                + " NOT NULL, CONSTRAINT " + dialect.identifier(table + "_pkc") + " PRIMARY KEY (version_num))");
    }

    /**
     * The heads recorded in the database, or empty when the table does not exist: read-only
     * commands never create it.
     */
    public Optional<List<String>> read(Connection connection) throws SQLException {
        try {
            return Optional.of(readExisting(connection));
        } catch (SQLException e) {
            if (TableProbe.missing(connection, e, schema, table)) {
                return Optional.empty();
            }
            return Optional.of(readExistingTable(connection));
        }
    }

    // Either another runner created it a moment ago, or a table of another shape has the name.
    private List<String> readExistingTable(Connection connection) {
        try {
            return readExisting(connection);
        } catch (SQLException unreadable) {
            throw new MigrateException(
                    ErrorKind.INCONSISTENT_VERSION_TABLE,
                    "The table " + qualifiedName + " exists but is not a version table ("
                            + unreadable.getMessage()
                            + "). A version table has one column, version_num. Point the 'versionTable' setting at another"
                            + " table, or rename this one",
                    unreadable);
        }
    }

    private List<String> readExisting(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("SELECT version_num FROM " + qualifiedName + " ORDER BY version_num")) {
            List<String> heads = new ArrayList<>();
            while (rs.next()) {
                heads.add(rs.getString(1));
            }
            return heads;
        }
    }

    public void insert(SqlSink sink, String revision) {
        sink.update("INSERT INTO " + qualifiedName + " (version_num) VALUES (?)", List.of(revision));
    }

    /**
     * Moves a head; online, the row must be there (as Alembic's {@code HeadMaintainer} checks): a
     * missing row means something else changed the table during the run, and the step fails.
     */
    public void update(SqlSink sink, String from, String to) {
        sink.update(
                "UPDATE " + qualifiedName + " SET version_num = ? WHERE version_num = ?",
                List.of(to, from),
                rows -> requireOneRow(rows, "updating '" + from + "' to '" + to + "'"));
    }

    /** Removes a head; online, the row must be there, as for {@link #update}. */
    public void delete(SqlSink sink, String revision) {
        sink.update(
                "DELETE FROM " + qualifiedName + " WHERE version_num = ?",
                List.of(revision),
                rows -> requireOneRow(rows, "deleting '" + revision + "'"));
    }

    private void requireOneRow(int rows, String change) {
        if (rows != SqlSink.OFFLINE && rows != 1) {
            throw new MigrateException(
                    ErrorKind.INCONSISTENT_VERSION_TABLE,
                    "Online migration expected to match one row when " + change + " in '" + table
                            + "'; " + rows + " found. Something else changed " + qualifiedName
                            + " during this run (a runner"
                            + " that does not share this one's lock, or a hand edit); read it with 'current' before retrying.");
        }
    }

    public void deleteAll(SqlSink sink) {
        sink.execute("DELETE FROM " + qualifiedName);
    }
}
