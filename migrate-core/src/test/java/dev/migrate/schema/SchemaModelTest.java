package dev.migrate.schema;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.enumType;
import static dev.migrate.schema.Types.numeric;
import static dev.migrate.schema.Types.sqlType;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model compares by value and prints as the Java that builds it, which autogenerate writes into revisions. */
class SchemaModelTest {

    @Test
    void equalDefinitionsAreEqual() {
        assertThat(Table.of("users", column("id", bigint()).primaryKey(), column("name", varchar(50))))
                .isEqualTo(Table.of("users", column("id", bigint()).primaryKey(), column("name", varchar(50))))
                .isNotEqualTo(Table.of("users", column("id", bigint()).primaryKey(), column("name", varchar(51))));
        assertThat(numeric(10, 2)).isEqualTo(numeric(10, 2)).isNotEqualTo(numeric(10, 3));
    }

    @Test
    void modelObjectsPrintAsTheCallsThatBuildThem() {
        assertThat(column("name", varchar(50))
                        .notNull()
                        .serverDefault("'it''s'")
                        .comment("say \"hi\"")
                        .toString())
                .isEqualTo(
                        "column(\"name\", varchar(50)).notNull().serverDefault(\"'it''s'\").comment(\"say \\\"hi\\\"\")");
        assertThat(column("id", bigint()).identity().primaryKey().toString())
                .isEqualTo("column(\"id\", bigint()).identity().primaryKey()");
        assertThat(enumType("mood", "sad", "happy").toString()).isEqualTo("enumType(\"mood\", \"sad\", \"happy\")");
        assertThat(sqlType("inet").toString()).isEqualTo("sqlType(\"inet\")");
        assertThat(numeric(10, 2).toString()).isEqualTo("numeric(10, 2)");
        assertThat(foreignKey("fk", "user_id", "users", "id")
                        .onDelete(ReferentialAction.CASCADE)
                        .toString())
                .isEqualTo(
                        "foreignKey(\"fk\", List.of(\"user_id\"), \"users\", List.of(\"id\")).onDelete(ReferentialAction.CASCADE)");
        assertThat(Index.index("ix", IndexPart.column("a"), IndexPart.expression("lower(b)"))
                        .unique()
                        .where("a > 0")
                        .toString())
                .isEqualTo("index(\"ix\", \"a\", IndexPart.expression(\"lower(b)\")).unique().where(\"a > 0\")");
    }

    @Test
    void tablesListTheirConstraintsPrimaryKeyFirst() {
        Table table = Table.of(
                "t",
                column("a", bigint()),
                Constraints.check("ck", "a > 0"),
                Constraints.unique("uq", "a"),
                Constraints.primaryKey("pk", "a"));
        assertThat(table.constraints()).map(Constraint::name).containsExactly("pk", "uq", "ck");
        assertThat(table.column("a").orElseThrow().nullable())
                .as("primary key columns are not null")
                .isFalse();
        assertThat(table.columns()).isEqualTo(List.of(column("a", bigint()).notNull()));
    }
}
