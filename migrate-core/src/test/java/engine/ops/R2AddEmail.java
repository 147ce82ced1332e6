package engine.ops;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Adds a column with a server default and an index. */
@Revision(id = "0b5000000002", down = "0b5000000001", message = "add email")
public class R2AddEmail implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("customer", column("email", varchar(200)).notNull().serverDefault("'none'"));
        op.createIndex("customer", "ix_customer_email", "email");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("customer", "ix_customer_email");
        op.dropColumn("customer", "email");
    }
}
