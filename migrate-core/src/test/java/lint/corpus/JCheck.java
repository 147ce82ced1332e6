package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j05")
public class JCheck implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createCheckConstraint("small_t", "ck_small_amount", "amount >= 0");
    }

    @Override
    public void downgrade(Operations op) {}
}
