package lint.corpus;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Types.integer;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc08")
public class JcNewTableWithKeys implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("child_j", column("id", integer()).notNull(), column("small_id", integer()));
        op.createForeignKey("child_j", foreignKey("fk_child_j", "small_id", "small_t", "id"));
    }

    @Override
    public void downgrade(Operations op) {}
}
