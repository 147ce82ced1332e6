package engine.interrupted;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Does some DDL, then, when the test asks for it, keeps its database session busy in short
 * sleeps so that the test can kill the process or the connection in the middle of it.
 */
@Revision(id = "1e0000000002", down = "1e0000000001", message = "slow revision")
public class SlowRevision implements Migration {

    public static final String SLOW_PROPERTY = "migrate.test.slow";

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE partial_ddl (id INT PRIMARY KEY)");
        if (!Boolean.getBoolean(SLOW_PROPERTY) && System.getenv("MIGRATE_TEST_SLOW") == null) {
            return;
        }
        String sleep =
                switch (op.dialectName()) {
                    case "postgresql" -> "SELECT pg_sleep(0.2)";
                    case "mariadb" -> "DO SLEEP(0.2)";
                    default -> "SELECT 1";
                };
        Connection connection = op.connection();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < 600; i++) {
                statement.execute(sleep);
                Thread.sleep(op.dialectName().equals("h2") ? 200 : 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE partial_ddl");
    }
}
