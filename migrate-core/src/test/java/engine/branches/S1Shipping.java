package engine.branches;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** A Java revision in the same graph as the SQL ones: the shipping branch's root. */
@Revision(id = "s10000000000", down = "0a0000000000", branchLabels = "shipping", message = "shipment table")
public class S1Shipping implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE shipment (id INT PRIMARY KEY)");
        op.execute("INSERT INTO event_log (id, what) VALUES (3, 's1')");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM event_log WHERE id = 3");
        op.execute("DROP TABLE shipment");
    }
}
