package dev.migrate.internal.script;

import dev.migrate.ops.Execute;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Operations that only write down the SQL they are given, for one dialect. */
class RecordingOperations implements Operations {

    private final String dialectName;
    final List<String> executed = new ArrayList<>();

    RecordingOperations(String dialectName) {
        this.dialectName = dialectName;
    }

    @Override
    public void run(Operation operation) {
        executed.add(((Execute) operation).sql());
    }

    @Override
    public Connection connection() {
        throw new UnsupportedOperationException("no connection in this test");
    }

    @Override
    public String dialectName() {
        return dialectName;
    }

    @Override
    public String inlineLiteral(Object value, dev.migrate.schema.ColumnType type) {
        return dev.migrate.internal.dialect.Dialect.named(dialectName).literal(value, type);
    }
}
