package lint.corpus;

import static dev.migrate.schema.Index.index;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j06")
public class JIndex implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("big_t", index("ix_big_j06", "name"));
    }

    @Override
    public void downgrade(Operations op) {}
}
