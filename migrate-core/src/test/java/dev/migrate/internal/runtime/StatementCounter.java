package dev.migrate.internal.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Wraps a DataSource and records every statement sent to the database, to count round trips. */
final class StatementCounter {

    private static final Set<String> EXECUTIONS =
            Set.of("execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate");

    final List<String> statements = new ArrayList<>();
    /**
     * Every call that goes to the server or may (a batch counts once; {@code setAutoCommit} is a
     * round trip on MariaDB, client-side on PostgreSQL and H2), in order.
     */
    final List<String> calls = new ArrayList<>();
    /** Catalog lookups through {@link DatabaseMetaData}: each is a query of its own on PostgreSQL. */
    final List<String> metadataLookups = new ArrayList<>();

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (result instanceof Connection connection) {
                return wrapConnection(connection);
            }
            return result;
        });
    }

    private Connection wrapConnection(Connection connection) {
        return proxy(Connection.class, connection, (method, args, result) -> {
            if (Set.of("commit", "rollback", "setAutoCommit").contains(method.getName())) {
                calls.add(method.getName() + (args == null ? "" : "(" + args[0] + ")"));
            }
            if (result instanceof DatabaseMetaData metaData) {
                return proxy(DatabaseMetaData.class, metaData, (m, a, r) -> {
                    if (r instanceof java.sql.ResultSet) {
                        metadataLookups.add(m.getName());
                    }
                    return r;
                });
            }
            if (result instanceof PreparedStatement prepared) {
                String sql = (String) args[0];
                return proxy(
                        PreparedStatement.class,
                        prepared,
                        (m, a, r) -> {
                            if (EXECUTIONS.contains(m.getName())) {
                                statements.add(sql);
                                calls.add(sql);
                            }
                            return r;
                        },
                        true);
            }
            if (result instanceof Statement statement) {
                List<String> batch = new ArrayList<>();
                return proxy(
                        Statement.class,
                        statement,
                        (m, a, r) -> {
                            if (m.getName().equals("addBatch")) {
                                batch.add(String.valueOf(a[0]));
                            } else if (m.getName().equals("clearBatch")) {
                                batch.clear();
                            } else if (m.getName().equals("executeBatch")) {
                                // one round trip for the whole batch; each of its statements is listed
                                statements.addAll(batch);
                                calls.add("batch of " + batch.size() + ": " + batch);
                                batch.clear();
                            } else if (EXECUTIONS.contains(m.getName())) {
                                String sql = a == null || a.length == 0 ? m.getName() : String.valueOf(a[0]);
                                statements.add(sql);
                                calls.add(sql);
                            }
                            return r;
                        },
                        true);
            }
            return result;
        });
    }

    private interface AfterCall {
        Object after(java.lang.reflect.Method method, Object[] args, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return proxy(type, target, after, false);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after, boolean before) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                if (before) {
                    // Record first: a failing statement still went to the database.
                    after.after(method, args, null);
                    return method.invoke(target, args);
                }
                return after.after(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(
                Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
