package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

// The project's Java migration: Flyway found it by its class name.
public class V3__Add_admin extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("INSERT INTO country (code, name) VALUES ('AQ', 'Antarctica')");
        }
    }
}
