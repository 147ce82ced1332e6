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
@Revision(id = "jc08")
public class JcNewTableWithKeys implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("child_j", column("id", integer()).notNull(), column("small_id", integer()));
        op.createForeignKey("child_j", foreignKey("fk_child_j", "small_id", "small_t", "id"));
    }

    @Override
    public void downgrade(Operations op) {
    }
}
