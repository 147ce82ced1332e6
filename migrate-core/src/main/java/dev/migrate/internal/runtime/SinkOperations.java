package dev.migrate.internal.runtime;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.PreparedBatch;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import dev.migrate.schema.ColumnType;
import java.sql.Connection;
import java.sql.SQLException;
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
    private String revision;

    SinkOperations(SqlSink sink, Dialect dialect) {
        this.sink = sink;
        this.dialect = dialect;
    }

    @Override
    public void run(Operation given) {
        Operation operation = given;
        if (!sink.offline()) {
            try {
                // SQLite's batch mode reads the table it rebuilds.
                operation = dialect.completeOnline(given, sink.connection());
            } catch (SQLException e) {
                throw new StatementFailedException(
                        "(reading the table of " + given.getClass().getSimpleName() + ")", e);
            }
        }
        if (operation.requiresNoTransaction() && sink.inTransaction()) {
            throw new MigrateException(
                    ErrorKind.BAD_SCRIPT,
                    "Revision " + revision + ": " + dialect.render(operation).get(0)
                            + " cannot run inside a transaction. Mark the revision as non-transactional:"
                            + " @Revision(transactional = false), or '-- transactional: false' in a SQL revision's header.");
        }
        if (operation instanceof BulkInsert bulk && !sink.offline()) {
            // Online, values are bound, never written into the SQL.
            PreparedBatch batch = dialect.prepare(bulk);
            for (List<Object> row : batch.rows()) {
                sink.update(batch.sql(), row);
            }
            executed.add(batch.sql() + " -- " + batch.rows().size() + " row(s)");
            return;
        }
        for (String sql : dialect.render(operation)) {
            sink.execute(sql);
            executed.add(sql);
        }
    }

    @Override
    public String inlineLiteral(Object value, ColumnType type) {
        return dialect.literal(value, type);
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
    void startStep(String revision) {
        this.revision = revision;
        executed.clear();
    }

    /** Forgets all but the first {@code count} statements: the rest were sent in a batch that failed before them. */
    void keepExecuted(int count) {
        executed.subList(Math.min(count, executed.size()), executed.size()).clear();
    }

    /** The statements of the current step that completed. */
    List<String> executedStatements() {
        return List.copyOf(executed);
    }
}
