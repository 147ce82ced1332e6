package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j09")
public class JDropTable implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.dropTable("small_t");
    }

    @Override
    public void downgrade(Operations op) {}
}
