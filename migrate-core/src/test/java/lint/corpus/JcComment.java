package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc09")
public class JcComment implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.setTableComment("big_t", "orders", null);
    }

    @Override
    public void downgrade(Operations op) {}
}
