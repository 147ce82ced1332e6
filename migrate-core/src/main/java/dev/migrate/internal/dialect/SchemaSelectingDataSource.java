package dev.migrate.internal.dialect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import javax.sql.DataSource;

/**
 * Connections of a database with one schema selected ({@code setSchema}: PostgreSQL's search path,
 * H2's schema; {@code setCatalog}: a MariaDB/MySQL database), so that a revision's unqualified
 * names land there. Closing a connection puts the previous schema back first, since a pool (or
 * the next fleet tenant) hands it out again. Used for a fleet's tenants and squash's scratch schema.
 */
public final class SchemaSelectingDataSource extends ForwardingDataSource {

    /** Where the connections come from and go back to. */
    public interface Connections {

        Connection open() throws SQLException;

        /** Takes back a connection the caller is done with. */
        void close(Connection connection) throws SQLException;

        /** Takes back a connection that failed before it was handed out; must not throw. */
        void discard(Connection connection);
    }

    private final String schema;
    private final Connections connections;

    /** @param schema the schema (or database) to select, or {@code null} to keep the connection's */
    public SchemaSelectingDataSource(DataSource database, String schema, Connections connections) {
        super(database);
        this.schema = schema;
        this.connections = connections;
    }

    /** Connections straight from {@code database}, closed when the caller closes them. */
    public static SchemaSelectingDataSource of(DataSource database, String schema) {
        return new SchemaSelectingDataSource(database, schema, new Connections() {
            @Override
            public Connection open() throws SQLException {
                return database.getConnection();
            }

            @Override
            public void close(Connection connection) throws SQLException {
                connection.close();
            }

            @Override
            public void discard(Connection connection) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // already failing; the first error is the one to report
                }
            }
        });
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = connections.open();
        try {
            boolean catalogs = Dialect.of(connection).catalogIsSchema();
            String previous = schema == null ? null : catalogs ? connection.getCatalog() : connection.getSchema();
            if (schema != null) {
                select(connection, catalogs, schema);
            }
            return wrap(connection, catalogs, previous);
        } catch (SQLException | RuntimeException e) {
            connections.discard(connection);
            throw e;
        }
    }

    // MariaDB/MySQL call a database a catalog; their drivers ignore setSchema.
    private static void select(Connection connection, boolean catalogs, String name) throws SQLException {
        if (catalogs) {
            connection.setCatalog(name);
        } else {
            connection.setSchema(name);
        }
    }

    // A dynamic proxy because only close() differs; a hand-written delegate would repeat some sixty methods.
    private Connection wrap(Connection connection, boolean catalogs, String previous) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean closed;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (method.getName().equals("close") && method.getParameterCount() == 0) {
                    if (!closed) {
                        closed = true;
                        try {
                            if (schema != null && previous != null && !connection.isClosed()) {
                                select(connection, catalogs, previous);
                            }
                        } catch (SQLException ignored) {
                            // the connection is closed below; a pool discards a broken one
                        } finally {
                            connections.close(connection);
                        }
                    }
                    return null;
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("these connections use the wrapped data source's credentials");
    }

    @Override
    public String toString() {
        return "schema " + schema + " on " + target;
    }
}
