package engine.seed;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.bool;
import static dev.migrate.schema.Types.date;
import static dev.migrate.schema.Types.numeric;
import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;

/** Seed rows from a CSV resource: quoting, NULL and the empty string, every converted type. */
@Revision(id = "5eed00000001", message = "seed owners")
public class R1SeedOwners implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable(
                "owner",
                column("id", bigint()).primaryKey(),
                column("name", varchar(100)).notNull(),
                column("city", varchar(50)),
                column("active", bool()),
                column("born", date()),
                column("balance", numeric(8, 2)));
        op.loadCsv(
                "owner",
                "engine/seeddata/owners.csv",
                column("id", bigint()),
                column("name", varchar(100)),
                column("city", varchar(50)),
                column("active", bool()),
                column("born", date()),
                column("balance", numeric(8, 2)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("owner");
    }
}
