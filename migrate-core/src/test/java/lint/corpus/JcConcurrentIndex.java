package lint.corpus;

import static dev.migrate.schema.Index.index;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.IndexOption;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc07", transactional = false)
public class JcConcurrentIndex implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("big_t", index("ix_big_jc07", "amount"), IndexOption.CONCURRENTLY);
    }

    @Override
    public void downgrade(Operations op) {}
}
