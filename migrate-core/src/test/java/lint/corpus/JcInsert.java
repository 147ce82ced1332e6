package lint.corpus;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc04")
public class JcInsert implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.bulkInsert("small_t", java.util.List.of(column("id", integer()), column("name", varchar(50))), new Object[] {
            200, "a"
        });
    }

    @Override
    public void downgrade(Operations op) {}
}
