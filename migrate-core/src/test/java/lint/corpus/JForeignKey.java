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
@Revision(id = "j04")
public class JForeignKey implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createForeignKey("big_t", foreignKey("fk_big_owner", "owner_id", "small_t", "id"));
    }

    @Override
    public void downgrade(Operations op) {
    }
}
