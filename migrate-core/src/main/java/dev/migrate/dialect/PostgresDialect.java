package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** PostgreSQL: transactional DDL, session advisory locks. */
public class PostgresDialect extends Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public DatabaseLock lock() {
        return new PostgresAdvisoryLock();
    }

    /**
     * Where the search path really finds the table ({@code to_regclass}), else the first existing
     * schema of the search path, where {@code CREATE TABLE} puts it. Two sessions whose search
     * paths differ (a role with a schema of its own under {@code "$user", public}) thus name the
     * same table, and the same lock, whenever their unqualified statements would reach the same
     * table.
     */
    @Override
    public String schemaOf(Connection connection, String table) throws SQLException {
        String sql = "SELECT COALESCE((SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE c.oid = to_regclass(?)), current_schema())";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, quote(table));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Override
    protected DdlRenderer renderer() {
        return new PostgresDdlRenderer(this);
    }
}
