package dev.migrate.internal.dialect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A connection that records every SQL text and bound value that passes through it, to see what reflection asks. */
final class RecordingConnection {

    private final List<String> statements = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final Connection connection;

    RecordingConnection(Connection target) {
        this.connection = proxy(Connection.class, target);
    }

    Connection connection() {
        return connection;
    }

    List<String> statements() {
        return statements;
    }

    /** Every bound value, arrays flattened into their elements. */
    List<Object> values() {
        return values;
    }

    private <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (self, method, args) -> {
            record(method, args);
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof PreparedStatement statement && method.getReturnType() == PreparedStatement.class) {
                return proxy(PreparedStatement.class, statement);
            }
            if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
                return proxy(Statement.class, statement);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private void record(Method method, Object[] args) {
        String name = method.getName();
        if (args == null) {
            return;
        }
        if ((name.equals("prepareStatement") || name.startsWith("execute"))
                && args.length > 0
                && args[0] instanceof String sql) {
            statements.add(sql);
        } else if (name.equals("createArrayOf")) {
            values.addAll(Arrays.asList((Object[]) args[1]));
        } else if (name.startsWith("set") && args.length >= 2 && !(args[1] instanceof java.sql.Array)) {
            values.add(args[1]);
        }
    }
}
