package dev.migrate.internal.autogenerate.render;

import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.schema.ColumnType;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Operations that keep what a revision asks for, so a test can compare it with what was meant. */
public final class OperationRecorder implements Operations {

    public final List<Operation> recorded = new ArrayList<>();

    @Override
    public void run(Operation operation) {
        recorded.add(operation);
    }

    @Override
    public Connection connection() {
        throw new UnsupportedOperationException("a generated revision needs no connection");
    }

    @Override
    public String dialectName() {
        return "postgresql";
    }

    @Override
    public String inlineLiteral(Object value, ColumnType type) {
        throw new UnsupportedOperationException("a generated revision writes no literals");
    }
}
