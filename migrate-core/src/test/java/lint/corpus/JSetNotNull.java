package lint.corpus;

import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j03")
public class JSetNotNull implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.alterColumn("big_t", "name", c -> c.nullable(false)
                .existingType(varchar(50))
                .existingNullable(true));
    }

    @Override
    public void downgrade(Operations op) {}
}
