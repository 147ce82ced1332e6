package dev.migrate.dialect;

import dev.migrate.schema.Table;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * SQLite: transactional DDL, a limited {@code ALTER TABLE} (batch mode rebuilds tables), no
 * comments and no sequences, one file per database, kept to one runner by a lock file.
 */
public class SqliteDialect extends Dialect {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsComments() {
        return false;
    }

    @Override
    public DatabaseLock lock() {
        return new SqliteLock();
    }

    @Override
    protected DdlRenderer renderer() {
        return new SqliteDdlRenderer(this);
    }

    /** Foreign key enforcement off during the transaction, every key checked before its commit. */
    @Override
    public TransactionGuard guardTransaction(Connection connection) throws SQLException {
        return SqliteForeignKeys.suspend(connection);
    }

    /** The table's current definition, which batch mode rebuilds from when it runs online. */
    public Table readTable(Connection connection, String schema, String table) throws SQLException {
        return new SqliteTableReader(this, connection).read(schema, table);
    }
}
