package dev.migrate.internal.dialect;

import dev.migrate.ops.Operation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A test database with an open connection: runs operations as the runtime does, and reads the schema back. */
public final class LiveDatabase implements AutoCloseable {

    /** What closing a database does. */
    interface Closer {
        void close() throws Exception;
    }

    private final Target target;
    private final Connection connection;
    private final String catalog;
    private final String schema;
    private final Closer closer;
    private final Dialect dialect;

    LiveDatabase(Target target, Connection connection, String catalog, String schema, Closer closer)
            throws SQLException {
        this.target = target;
        this.connection = connection;
        this.catalog = catalog;
        this.schema = schema;
        this.closer = closer;
        this.dialect = Dialect.of(connection);
    }

    public Target target() {
        return target;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Connection connection() {
        return connection;
    }

    /** Runs operations exactly as the runtime's executor does. */
    public void run(Operation... operations) {
        JdbcExecutor executor = new JdbcExecutor(connection, dialect);
        for (Operation operation : operations) {
            executor.execute(operation);
        }
    }

    public void execute(String... statements) {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The rows of a query, each as a list of its values read with {@code getString}. */
    public List<List<String>> query(String sql) {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + sql, e);
        }
        return rows;
    }

    /** The schema as the database reports it now. */
    public SchemaSnapshot snapshot() {
        try {
            return SchemaSnapshot.read(target, connection, catalog, schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the schema: " + e.getMessage(), e);
        }
    }

    /** The name unqualified tables land in (the PostgreSQL schema, the MariaDB database, H2's PUBLIC). */
    public String schemaName() {
        return schema != null ? schema : catalog;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
