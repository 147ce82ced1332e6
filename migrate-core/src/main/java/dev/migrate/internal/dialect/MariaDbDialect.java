package dev.migrate.internal.dialect;

import java.util.List;

/** MariaDB and MySQL: DDL commits implicitly; backquoted identifiers; {@code GET_LOCK}. */
public class MariaDbDialect extends Dialect {

    private final String hibernateDialect;

    public MariaDbDialect() {
        this("org.hibernate.dialect.MariaDBDialect");
    }

    private MariaDbDialect(String hibernateDialect) {
        this.hibernateDialect = hibernateDialect;
    }

    /** The same dialect for a MySQL server: only Hibernate's dialect differs. */
    static MariaDbDialect mysql() {
        return new MariaDbDialect("org.hibernate.dialect.MySQLDialect");
    }

    @Override
    public SqlSyntax sqlSyntax() {
        return SqlSyntax.MYSQL;
    }

    @Override
    public SchemaReflector reflector() {
        return new MariaDbReflector();
    }

    @Override
    public String hibernateDialect() {
        return hibernateDialect;
    }

    /** A MySQL-family "schema" is a database. */
    @Override
    public boolean catalogIsSchema() {
        return true;
    }

    @Override
    public boolean indexesForeignKeys() {
        return true;
    }

    /** {@code BOOLEAN} is stored as {@code tinyint(1)}, and Hibernate maps {@code boolean} to {@code bit(1)}. */
    @Override
    public boolean booleanIsNumber() {
        return true;
    }

    @Override
    public Long nextSequenceValue(java.sql.Connection connection, dev.migrate.schema.Sequence sequence)
            throws java.sql.SQLException {
        return singleLong(
                connection, "SELECT next_not_cached_value FROM " + qualify(sequence.schema(), sequence.name()));
    }

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
        if (value == null) {
            return "NULL";
        }
        // Backslash is an escape character in MariaDB string literals unless NO_BACKSLASH_ESCAPES. The
        // mariadb client reads a script line by line, eats a carriage return as part of a line end and
        // refuses a NUL byte outside --binary-mode, so control characters are written as escapes and a
        // literal never spans lines.
        return quoted("'", value, c -> switch (c) {
            case '\\' -> "\\\\";
            case '\'' -> "''";
            case '\0' -> "\\0";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\u001a' -> "\\Z";
            default -> null;
        });
    }

    /**
     * The client's character set, whatever its default: the mariadb client of Debian and others
     * still defaults to utf8mb3 (or latin1), which stops a script at the first emoji of a message.
     */
    @Override
    public List<String> scriptPreamble() {
        return List.of("SET NAMES utf8mb4");
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

    @Override
    public TableLockTimeout tableLockTimeout() {
        return new TableLockTimeout.MariaDb();
    }

    /** {@code information_schema.TABLES.TABLE_ROWS}: InnoDB's estimate. */
    @Override
    public java.util.Map<String, Long> tableRows(java.sql.Connection connection) throws java.sql.SQLException {
        return TableRows.estimated(
                connection,
                "SELECT TABLE_NAME, TABLE_ROWS, 1 FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'",
                false);
    }

    /** Secondary, unique and primary key indexes are built in place without blocking writes ({@code LOCK=NONE}). */
    @Override
    public boolean buildsIndexesOnline() {
        return true;
    }

    @Override
    public boolean dropIndexNamesTable() {
        return true;
    }
}
