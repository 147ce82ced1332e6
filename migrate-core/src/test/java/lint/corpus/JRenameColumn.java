package lint.corpus;

import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "j08")
public class JRenameColumn implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.alterColumn("small_t", "name", c -> c.rename("full_name")
                .existingType(varchar(50))
                .existingNullable(true));
    }

    @Override
    public void downgrade(Operations op) {}
}
