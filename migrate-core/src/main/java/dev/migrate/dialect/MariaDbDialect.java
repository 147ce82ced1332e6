package dev.migrate.dialect;

/** MariaDB and MySQL: DDL commits implicitly; backquoted identifiers; {@code GET_LOCK}. */
public class MariaDbDialect extends Dialect {

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String literal(String value) {
        // Backslash is an escape character in MariaDB string literals unless NO_BACKSLASH_ESCAPES;
        // a raw carriage return would be eaten by the mariadb client as part of a line end.
        return value == null ? "NULL"
                : "'" + value.replace("\\", "\\\\").replace("'", "''").replace("\r", "\\r") + "'";
    }

    @Override
    public String timestampType() {
        return "DATETIME(6)";
    }

    @Override
    public String beginTransaction() {
        return "START TRANSACTION";
    }

    @Override
    public String identityPrimaryKey() {
        return "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    public DatabaseLock lock() {
        return new MariaDbNamedLock();
    }

    @Override
    public boolean commitsImplicitly(String sql) {
        return ImplicitCommit.commitsOnMariaDb(sql);
    }

    /** MySQL-family "schemas" are databases: an unqualified name is in the current one. */
    @Override
    public String schemaOf(java.sql.Connection connection, String table) throws java.sql.SQLException {
        return connection.getCatalog();
    }

    @Override
    protected DdlRenderer renderer() {
        return new MariaDbDdlRenderer(this);
    }
}
