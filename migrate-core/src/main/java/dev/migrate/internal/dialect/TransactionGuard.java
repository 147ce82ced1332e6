package dev.migrate.internal.dialect;

import java.sql.SQLException;

/**
 * What a dialect needs done around a migration transaction. The runner takes one before it
 * begins the transaction, calls {@link #beforeCommit()} just before committing, and closes it
 * after the commit or rollback. Only SQLite needs one: it turns foreign key enforcement off so
 * that batch mode's table rebuilds fire no {@code ON DELETE} actions, checks every foreign key
 * before the commit, and turns enforcement back on.
 */
public interface TransactionGuard extends AutoCloseable {

    /** Nothing to do. */
    TransactionGuard NONE = new TransactionGuard() {
        @Override
        public void beforeCommit() {}

        @Override
        public void close() {}
    };

    /** Checks what the transaction must not leave behind; throws to make the runner roll back. */
    void beforeCommit() throws SQLException;

    @Override
    void close() throws SQLException;
}
