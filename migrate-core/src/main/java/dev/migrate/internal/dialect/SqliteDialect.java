package dev.migrate.internal.dialect;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.ops.BatchAlterTable;
import dev.migrate.ops.Operation;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * SQLite: transactional DDL, a limited {@code ALTER TABLE} (batch mode rebuilds tables), no
 * comments and no sequences, one file per database, kept to one runner by a lock file.
 */
public class SqliteDialect extends Dialect {

    @Override
    public SqlSyntax sqlSyntax() {
        return SqlSyntax.SQLITE;
    }

    @Override
    public SchemaReflector reflector() {
        return new SqliteReflector();
    }

    /** One file is one database: there is no other schema to make beside it. */
    @Override
    public boolean hasSchemas() {
        return false;
    }

    @Override
    public boolean addsColumnIfNotExists() {
        return false;
    }

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
    public String identityPrimaryKey() {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    /** SQLite has no users: the history log's {@code applied_by} stays empty. */
    @Override
    public String currentUserExpression() {
        return "NULL";
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

    /**
     * A batch is told the table's current definition, read from the database. It is refused
     * while foreign keys are enforced: rebuilding a table then rewrites the references other
     * tables hold to it and fires their {@code ON DELETE} actions, which would delete rows.
     */
    @Override
    public Operation completeOnline(Operation operation, Connection connection) throws SQLException {
        if (!(operation instanceof BatchAlterTable batch)) {
            return operation;
        }
        if (SqliteForeignKeys.enforced(connection)) {
            throw new MigrateException(
                    ErrorKind.BAD_CONFIGURATION,
                    "batchAlterTable(\"" + batch.table() + "\") cannot rebuild the table while SQLite"
                            + " enforces foreign keys: renaming and dropping it would rewrite or cascade into the tables that refer"
                            + " to it. Take Dialect.guardTransaction(connection) before the transaction begins (the runner does).");
        }
        return batch.copyFrom() != null
                ? batch
                : batch.withCopyFrom(readTable(connection, batch.schema(), batch.table()));
    }

    /** The table's current definition, which batch mode rebuilds from when it runs online. */
    public Table readTable(Connection connection, String schema, String table) throws SQLException {
        return new SqliteTableReader(this, connection).read(schema, table);
    }
}
