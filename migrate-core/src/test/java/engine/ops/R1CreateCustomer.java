package engine.ops;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.unique;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import java.util.List;
import java.util.Map;

/** Operations API revision used by the offline tests: a table with a reserved-word column and seed rows. */
@Revision(id = "0b5000000001", message = "create customer")
public class R1CreateCustomer implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable(
                "customer",
                column("id", bigint()).primaryKey(),
                column("name", varchar(100)).notNull(),
                column("order", integer()),
                unique("uk_customer_name", "name"));
        op.bulkInsert(
                "customer",
                List.of(column("id", bigint()), column("name", varchar(100)), column("order", integer())),
                List.of(
                        Map.of("id", 1L, "name", "O'Brien; \"quoted\" \\ back", "order", 1),
                        Map.of("id", 2L, "name", "Ada", "order", 2)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("customer");
    }
}
