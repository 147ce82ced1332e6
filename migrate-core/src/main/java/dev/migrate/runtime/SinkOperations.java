package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Operations} a revision receives: each operation is rendered by the dialect and
 * sent to the sink, which runs it or writes it. Remembers the statements of the current step,
 * so a failure on a database without transactional DDL can say which ones took effect.
 */
final class SinkOperations implements Operations {

    private final SqlSink sink;
    private final Dialect dialect;
    private final List<String> executed = new ArrayList<>();

    SinkOperations(SqlSink sink, Dialect dialect) {
        this.sink = sink;
        this.dialect = dialect;
    }

    @Override
    public void run(Operation operation) {
        for (String sql : dialect.render(operation)) {
            sink.execute(sql);
            executed.add(sql);
        }
    }

    @Override
    public Connection connection() {
        return sink.connection();
    }

    @Override
    public String dialectName() {
        return dialect.name();
    }

    /** Starts a new step: forgets the statements of the previous one. */
    void startStep() {
        executed.clear();
    }

    /** The statements of the current step that completed. */
    List<String> executedStatements() {
        return List.copyOf(executed);
    }
}
