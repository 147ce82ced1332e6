package dev.migrate.dialect;

/** H2: DDL commits the open transaction; no advisory locks, so a row lock held by a dedicated session. */
public class H2Dialect extends Dialect {

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
}
