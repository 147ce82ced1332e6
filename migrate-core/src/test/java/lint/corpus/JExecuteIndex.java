package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j12")
public class JExecuteIndex implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE INDEX ix_big_j12 ON big_t (amount)");
    }

    @Override
    public void downgrade(Operations op) {}
}
