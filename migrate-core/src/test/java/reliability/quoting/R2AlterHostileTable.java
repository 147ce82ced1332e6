package reliability.quoting;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Alters the hostile table: a hostile column and a hostile index name. */
@Revision(id = "q2000000000b", down = "q1000000000a", message = "alter hostile table")
public class R2AlterHostileTable implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn(HostileNames.TABLE, column(HostileNames.COLUMN, varchar(10)));
        op.createIndex(HostileNames.TABLE, HostileNames.INDEX, "note");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex(HostileNames.TABLE, HostileNames.INDEX);
        op.dropColumn(HostileNames.TABLE, HostileNames.COLUMN);
    }
}
