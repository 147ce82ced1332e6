package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j13")
public class JConcurrentIndexInTransaction implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE INDEX CONCURRENTLY ix_big_j13 ON big_t (amount)");
    }

    @Override
    public void downgrade(Operations op) {}
}
