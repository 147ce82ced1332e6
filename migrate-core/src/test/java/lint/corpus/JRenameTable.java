package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j07")
public class JRenameTable implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.renameTable("small_t", "tiny_t");
    }

    @Override
    public void downgrade(Operations op) {}
}
