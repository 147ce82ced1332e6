package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j10")
public class JDropColumn implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.dropColumn("big_t", "name");
    }

    @Override
    public void downgrade(Operations op) {}
}
