package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j05")
public class JCheck implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createCheckConstraint("ck_small_amount", "small_t", "amount >= 0");
    }

    @Override
    public void downgrade(Operations op) {}
}
