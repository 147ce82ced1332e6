package lint.corpus;

import static dev.migrate.schema.Constraints.foreignKey;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j04")
public class JForeignKey implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createForeignKey("big_t", foreignKey("fk_big_owner", "owner_id", "small_t", "id"));
    }

    @Override
    public void downgrade(Operations op) {}
}
