package dev.migrate.internal.fleet;

import dev.migrate.internal.dialect.Dialect;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of one tenant: the fleet's database with the tenant's schema selected
 * ({@code setSchema}: PostgreSQL's search path, H2's schema; {@code setCatalog}: MariaDB/MySQL's
 * database), so that a revision's unqualified names land in the tenant. Closing a connection
 * puts the previous schema back first, since the next tenant (or a pool) gets it next; each open
 * connection counts against the fleet's bound ({@link FleetConnections}).
 */
final class TenantDataSource implements DataSource {

    private final DataSource database;
    private final String schema;
    private final FleetConnections connections;

    /** @param schema the schema (or database) to select, or {@code null} to keep the connection's */
    TenantDataSource(DataSource database, String schema, FleetConnections connections) {
        this.database = database;
        this.schema = schema;
        this.connections = connections;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = connections.open(database);
        try {
            boolean catalogs = usesCatalogs(connection);
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
    private static boolean usesCatalogs(Connection connection) throws SQLException {
        return Dialect.of(connection).catalogIsSchema();
    }

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
                            connections.close(database, connection);
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
        throw new SQLFeatureNotSupportedException("a tenant's connections use the fleet's credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return database.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        database.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        database.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return database.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return database.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return database.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || database.isWrapperFor(type);
    }

    @Override
    public String toString() {
        return "tenant " + schema + " on " + database;
    }
}
