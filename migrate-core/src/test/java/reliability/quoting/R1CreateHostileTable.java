package reliability.quoting;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.ops.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates a table whose name is an injection attempt and fills it with values that need escaping. */
@Revision(id = "q1000000000a", message = "hostile table; it's \\ 'quoted' -- here")
public class R1CreateHostileTable implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable(HostileNames.TABLE, column("id", bigint()).primaryKey(), column("note", varchar(200)));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < HostileNames.VALUES.size(); i++) {
            rows.add(Map.of("id", (long) i, "note", HostileNames.VALUES.get(i)));
        }
        op.bulkInsert(HostileNames.TABLE, List.of(column("id", bigint()), column("note", varchar(200))), rows);
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable(HostileNames.TABLE);
    }
}
