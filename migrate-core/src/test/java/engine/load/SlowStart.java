package engine.load;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Holds the lock long enough that every other process started at the same instant must wait. */
@Revision(id = "10ad00000000", message = "slow start")
public class SlowStart implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE load_00 (id INT PRIMARY KEY)");
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE load_00");
    }
}
