package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc05")
public class JcUpdate implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("UPDATE big_t SET amount = 1 WHERE amount IS NULL");
    }

    @Override
    public void downgrade(Operations op) {}
}
