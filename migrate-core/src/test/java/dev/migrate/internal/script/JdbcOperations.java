package dev.migrate.internal.script;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.ops.Execute;
import dev.migrate.ops.Operation;
import dev.migrate.ops.Operations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Operations that run each statement on a connection, as the runtime will, for tests on real databases. */
final class JdbcOperations implements Operations {

    private final Connection connection;
    private final String dialectName;

    JdbcOperations(Connection connection, String dialectName) {
        this.connection = connection;
        this.dialectName = dialectName;
    }

    @Override
    public void run(Operation operation) {
        String sql = ((Execute) operation).sql();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new MigrateException(ErrorKind.STATEMENT_FAILED, e.getMessage(), e);
        }
    }

    @Override
    public Connection connection() {
        return connection;
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
