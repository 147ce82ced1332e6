package dev.migrate.ops;

import java.sql.Connection;

/**
 * What a revision's {@code upgrade} and {@code downgrade} use to change the schema, as
 * Alembic's {@code op}. Every method builds an {@link Operation} and hands it to
 * {@link #run(Operation)}; whether that executes it on a connection or writes it to an offline
 * script is decided by the implementation, never by the revision.
 */
public interface Operations {

    /** Runs (or, offline, renders) one operation. */
    void run(Operation operation);

    /**
     * The live connection, for revisions that must read data. Offline ({@code --sql}) there is
     * none, and this throws an error naming the revision.
     */
    Connection connection();

    /**
     * The dialect this runs for ({@code postgresql}, {@code mariadb}, {@code h2}, {@code sqlite}),
     * for revisions whose SQL differs per database.
     */
    String dialectName();

    /** Runs one raw SQL statement. */
    default void execute(String sql) {
        run(new Execute(sql));
    }
}
