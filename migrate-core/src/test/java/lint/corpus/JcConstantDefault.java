package lint.corpus;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.integer;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc03")
public class JcConstantDefault implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("big_t", column("flag", integer()).notNull().serverDefault("0"));
    }

    @Override
    public void downgrade(Operations op) {}
}
