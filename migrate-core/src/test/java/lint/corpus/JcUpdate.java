package lint.corpus;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.IndexOption;
import dev.migrate.ops.Operations;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.uuid;
import static dev.migrate.schema.Types.varchar;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc05")
public class JcUpdate implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("UPDATE big_t SET amount = 1 WHERE amount IS NULL");
    }

    @Override
    public void downgrade(Operations op) {
    }
}
