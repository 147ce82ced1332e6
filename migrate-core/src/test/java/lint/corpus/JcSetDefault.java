package lint.corpus;

import static dev.migrate.schema.Types.integer;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc06")
public class JcSetDefault implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.alterColumn("big_t", "amount", c -> c.serverDefault("0")
                .existingType(integer())
                .existingNullable(true));
    }

    @Override
    public void downgrade(Operations op) {}
}
