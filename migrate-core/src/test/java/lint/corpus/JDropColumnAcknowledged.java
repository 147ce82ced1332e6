package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j11", lint = "ignore=drop-column reason=unmapped since release 3.1")
public class JDropColumnAcknowledged implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.dropColumn("big_t", "owner_id");
    }

    @Override
    public void downgrade(Operations op) {}
}
