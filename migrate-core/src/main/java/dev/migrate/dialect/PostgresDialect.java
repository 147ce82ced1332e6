package dev.migrate.dialect;

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

    @Override
    protected DdlRenderer renderer() {
        return new PostgresDdlRenderer(this);
    }
}
