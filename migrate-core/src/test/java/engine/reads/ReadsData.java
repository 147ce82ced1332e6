package engine.reads;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import java.sql.SQLException;
import java.sql.Statement;

/** A data migration that must query the database, so it cannot be rendered offline. */
@Revision(id = "4ead00000001", message = "copy data by reading it")
public class ReadsData implements Migration {

    @Override
    public void upgrade(Operations op) {
        try (Statement statement = op.connection().createStatement()) {
            statement.executeQuery("SELECT 1").close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void downgrade(Operations op) {}
}
