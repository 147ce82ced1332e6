package dev.migrate.internal.dialect;

/** H2: DDL commits the open transaction; no advisory locks, so a row lock held by a dedicated session. */
public class H2Dialect extends Dialect {

    @Override
    public SqlSyntax sqlSyntax() {
        return SqlSyntax.H2;
    }

    @Override
    public SchemaReflector reflector() {
        return new H2Reflector();
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.H2Dialect";
    }

    @Override
    public Long nextSequenceValue(java.sql.Connection connection, dev.migrate.schema.Sequence sequence)
            throws java.sql.SQLException {
        try (java.sql.PreparedStatement statement = connection.prepareStatement("SELECT BASE_VALUE FROM "
                + "INFORMATION_SCHEMA.SEQUENCES WHERE UPPER(SEQUENCE_NAME) = ? AND SEQUENCE_SCHEMA = "
                + (sequence.schema() == null ? "CURRENT_SCHEMA" : "?"))) {
            statement.setString(1, sequence.name().toUpperCase(java.util.Locale.ROOT));
            if (sequence.schema() != null) {
                statement.setString(2, sequence.schema().toUpperCase(java.util.Locale.ROOT));
            }
            try (java.sql.ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : null;
            }
        }
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean transactionalDdl() {
        // H2's CREATE, ALTER and DROP commit the open transaction, as MySQL's do.
        return false;
    }

    /** The lock table sits beside the version table: {@code <version table>_lock}. */
    @Override
    public String lockName(String schema, String table) {
        return qualify(schema, table + "_lock");
    }

    /** H2's DDL commits the open transaction (each DDL command's documentation says so). */
    @Override
    public boolean commitsImplicitly(String sql) {
        return ImplicitCommit.commits(sql, false);
    }

    @Override
    public DatabaseLock lock() {
        return new H2RowLock();
    }

    @Override
    protected DdlRenderer renderer() {
        return new H2DdlRenderer(this);
    }

    @Override
    protected java.util.Set<String> reservedWords() {
        return ReservedWords.H2;
    }

    @Override
    public TableLockTimeout tableLockTimeout() {
        return new TableLockTimeout.H2();
    }

    /** An exact {@code COUNT(*)} of each table: H2 keeps no estimate, and its tables are small. */
    @Override
    public java.util.Map<String, Long> tableRows(java.sql.Connection connection) throws java.sql.SQLException {
        return TableRows.counted(connection);
    }

    @Override
    public boolean ddlLocksWholeCatalog() {
        return true;
    }
}
