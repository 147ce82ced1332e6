package dev.migrate.internal.lint;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.schema.ColumnType;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** The {@link Operations} lint gives a Java revision: it collects the operations instead of running them. */
final class OperationRecorder implements Operations {

    private final Dialect dialect;
    private final List<Operation> operations = new ArrayList<>();

    OperationRecorder(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void run(Operation operation) {
        operations.add(operation);
    }

    /** Lint runs no statement: a revision that reads the database itself is linted up to that point. */
    @Override
    public Connection connection() {
        throw new UnsupportedOperationException("lint does not connect a revision to the database");
    }

    @Override
    public String dialectName() {
        return dialect.name();
    }

    @Override
    public String inlineLiteral(Object value, ColumnType type) {
        return dialect.literal(value, type);
    }

    List<Operation> operations() {
        return List.copyOf(operations);
    }
}
