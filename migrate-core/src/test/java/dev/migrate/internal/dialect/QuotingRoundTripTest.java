package dev.migrate.internal.dialect;

import static dev.migrate.ops.RoundTripAccess.assertRoundTrip;
import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Tables, columns, indexes and constraints named with reserved words, mixed case, spaces, quotes and semicolons stay one name. */
class QuotingRoundTripTest {

    static final List<String> NAMES = List.of(
            "select", "MixedCase", "has space", "quo\"te", "semi;colon", "back`tick", "x\"; DROP TABLE users; --");

    @ParameterizedTest
    @EnumSource(Target.class)
    void awkwardNamesSurviveEveryOperation(Target target) throws Exception {
        try (LiveDatabase db = target.open()) {
            Dialect d = db.dialect();
            db.run(new CreateTable(Table.of("users", column("id", integer()).primaryKey()), false));
            String parent = NAMES.get(0);
            db.run(new CreateTable(
                    Table.of(parent, column(parent, integer()).primaryKey(), column("order", varchar(20))), false));
            for (String name : NAMES.subList(1, NAMES.size())) {
                Table table = Table.of(
                        name,
                        column(name, integer()).primaryKey(),
                        column("group", varchar(50)),
                        column("ref " + name, integer()),
                        foreignKey("fk " + name, "ref " + name, parent, parent),
                        index("ix " + name, "group"));
                assertRoundTrip(db, new CreateTable(table, false), after -> {
                    assertThat(after.get("table/" + name + "/columns")).isEqualTo(name + ",group,ref " + name);
                    assertThat(after.get("table/" + name + "/primary-key")).endsWith("[" + name + "]");
                    assertThat(after.get("table/" + name + "/index/ix " + name)).startsWith("[group]");
                    assertThat(after.has("table/" + name + "/constraint/fk " + name))
                            .as("%s", after.table(name))
                            .isTrue();
                    // sqlite-jdbc cannot tell the names of foreign keys whose names need quotes; the constraint fact
                    // above can.
                    assertThat(after.table(name).entrySet())
                            .anyMatch(e -> e.getKey().contains("/foreign-key/")
                                    && e.getValue().startsWith("ref " + name + "->" + parent + "." + parent));
                });
                Column extra = column("Extra;Col \"" + name, varchar(10)).serverDefault("'it''s'");
                assertRoundTrip(
                        db, new AddColumn(null, name, extra), after -> assertThat(after.column(name, extra.name()))
                                .isNotNull());
                assertRoundTrip(
                        db,
                        AlterColumn.of(null, name, "group")
                                .rename("where " + name)
                                .build(),
                        after -> assertThat(after.column(name, "where " + name)).isNotNull());
                assertRoundTrip(
                        db,
                        new CreateIndex(
                                null,
                                name,
                                index("ix2 " + name, "where " + name, extra.name())
                                        .unique(),
                                false,
                                false),
                        after -> assertThat(after.get("table/" + name + "/index/ix2 " + name))
                                .startsWith("[where " + name + ", " + extra.name() + "]"));

                db.execute("INSERT INTO " + d.identifier(parent) + " (" + d.identifier(parent) + ") VALUES (1)");
                db.run(new BulkInsert(
                        null,
                        name,
                        List.of(
                                column(name, integer()),
                                column("ref " + name, integer()),
                                column("where " + name, varchar(50))),
                        List.of(List.of(1, 1, name))));
                try (Statement s = db.connection().createStatement();
                        ResultSet rs = s.executeQuery("SELECT " + d.identifier("where " + name) + ", "
                                + d.identifier(extra.name()) + " FROM " + d.identifier(name))) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(name);
                    assertThat(rs.getString(2)).isEqualTo("it's");
                }
                db.execute("DELETE FROM " + d.identifier(name), "DELETE FROM " + d.identifier(parent));

                String renamed = name + " renamed";
                assertRoundTrip(
                        db, new RenameTable(null, name, renamed), after -> assertThat(after.has("table/" + renamed))
                                .isTrue());
                db.run(new DropTable(null, renamed, false, null));
            }
            List<String> tables = new ArrayList<>();
            db.snapshot().facts().keySet().stream()
                    .filter(k -> k.matches("table/[^/]+"))
                    .forEach(tables::add);
            assertThat(tables).containsExactlyInAnyOrder("table/users", "table/" + parent);
        }
    }
}
