package dev.migrate;

import dev.migrate.ops.Operations;

/**
 * A revision written in Java. The class also carries {@link Revision} so that the script
 * directory can place it in the revision graph; its {@code upgrade} and {@code downgrade}
 * describe the change through {@link Operations}, as Alembic revisions use {@code op}.
 */
public interface Migration {

    void upgrade(Operations op);

    void downgrade(Operations op);
}
