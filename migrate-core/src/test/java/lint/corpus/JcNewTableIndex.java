package lint.corpus;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Lint corpus: see expected.tsv. */
@Revision(id = "jc01")
public class JcNewTableIndex implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("fresh_j", column("id", integer()).notNull(), column("name", varchar(20)));
        op.createIndex("fresh_j", index("ix_fresh_j", "name"));
    }

    @Override
    public void downgrade(Operations op) {}
}
