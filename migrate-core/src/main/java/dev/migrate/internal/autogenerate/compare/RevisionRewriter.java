package dev.migrate.internal.autogenerate.compare;

import dev.migrate.ops.Operation;
import java.util.List;

/**
 * Rewrites the generated upgrade operations before they are written, as Alembic's
 * {@code process_revision_directives}: it may drop, change, reorder or add operations. The
 * downgrade is then built from the rewritten list's reverses, so it stays exact.
 */
@FunctionalInterface
public interface RevisionRewriter {

    RevisionRewriter NONE = operations -> operations;

    List<Operation> rewrite(List<Operation> upgrade);
}
