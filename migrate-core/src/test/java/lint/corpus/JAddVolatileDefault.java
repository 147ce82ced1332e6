package lint.corpus;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.uuid;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j01")
public class JAddVolatileDefault implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("big_t", column("token", uuid()).serverDefault("gen_random_uuid()"));
    }

    @Override
    public void downgrade(Operations op) {}
}
