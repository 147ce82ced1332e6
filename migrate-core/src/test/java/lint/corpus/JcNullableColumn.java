package lint.corpus;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc02")
public class JcNullableColumn implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("big_t", column("note", varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {}
}
