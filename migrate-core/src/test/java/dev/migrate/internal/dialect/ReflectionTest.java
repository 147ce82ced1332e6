package dev.migrate.internal.dialect;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.check;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Constraints.primaryKey;
import static dev.migrate.schema.Constraints.unique;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.binary;
import static dev.migrate.schema.Types.bool;
import static dev.migrate.schema.Types.date;
import static dev.migrate.schema.Types.doublePrecision;
import static dev.migrate.schema.Types.enumType;
import static dev.migrate.schema.Types.fixedChar;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.json;
import static dev.migrate.schema.Types.numeric;
import static dev.migrate.schema.Types.real;
import static dev.migrate.schema.Types.smallint;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.time;
import static dev.migrate.schema.Types.timestamp;
import static dev.migrate.schema.Types.timestampWithTimeZone;
import static dev.migrate.schema.Types.uuid;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Deferrable;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Creates a schema with every feature reflection reads through the migrate renderer, reflects
 * it, and checks the model is the one it was created from (up to what each database cannot keep);
 * then renders the reflected model into a fresh database and checks it reflects the same again.
 */
class ReflectionTest {

    /** The tables as created, in creation order (parents first). */
    private static List<Table> created(Target target) {
        boolean expressions = target == Target.POSTGRES || target == Target.SQLITE;
        List<Index> customerIndexes = new ArrayList<>(List.of(Index.index("ix_customers_name_code", "name", "code")));
        if (expressions) {
            customerIndexes.add(Index.index("ix_customers_lower_email", IndexPart.expression("lower(email)")));
            customerIndexes.add(
                    Index.index("ix_customers_active_score", "score").where("active"));
        }
        Table customers = Table.of(
                        "customers",
                        column("id", bigint()).identity().primaryKey(),
                        column("email", varchar(255)).notNull().comment("where the invoices go"),
                        column("name", varchar(100)).serverDefault("'anon'"),
                        column("code", fixedChar(3)),
                        column("score", numeric(10, 2)).notNull().serverDefault("0"),
                        column("active", bool()).notNull().serverDefault("TRUE"),
                        column("notes", text()),
                        column("joined", timestamp()).serverDefault("CURRENT_TIMESTAMP"),
                        column("referrer_id", bigint()),
                        foreignKey("fk_customers_referrer", "referrer_id", "customers", "id")
                                .onDelete(ReferentialAction.SET_NULL),
                        unique("uq_customers_email", "email"),
                        check("ck_customers_score", "score >= 0"))
                .withIndexes(customerIndexes)
                .comment("people who buy");
        Table orders = Table.of(
                "orders",
                column("id", integer()).identity().primaryKey(),
                column("customer_id", bigint()).notNull(),
                column("status", enumType("status", "new", "paid", "it's shipped"))
                        .notNull()
                        .serverDefault("'new'"),
                column("amount", doublePrecision()),
                column("ratio", real()),
                column("shipped", date()),
                column("at", time()),
                column("placed", timestampWithTimeZone()),
                column("payload", json()),
                column("ref", uuid()),
                column("data", binary()),
                column("small", smallint()).serverDefault("-1"),
                column("total", numeric()),
                foreignKey("fk_orders_customer", "customer_id", "customers", "id")
                        .onDelete(ReferentialAction.CASCADE),
                Index.index("ix_orders_shipped_customer", "shipped", "customer_id"),
                Index.index("ux_orders_ref", "ref").unique());
        Table lines = Table.of(
                "order_lines",
                column("order_id", integer()),
                column("line_no", smallint()),
                column("sku", varchar(40)).notNull(),
                primaryKey("pk_order_lines", "order_id", "line_no"),
                foreignKey("fk_lines_order", "order_id", "orders", "id")
                        .onDelete(ReferentialAction.CASCADE)
                        .onUpdate(ReferentialAction.CASCADE));
        Table shipments = Table.of(
                "shipments",
                column("id", bigint()).identity().primaryKey(),
                column("order_id", integer()).notNull(),
                column("line_no", smallint()).notNull(),
                unique("uq_shipments_line", "order_id", "line_no"),
                foreignKey(
                                "fk_shipments_line",
                                List.of("order_id", "line_no"),
                                "order_lines",
                                List.of("order_id", "line_no"))
                        .deferrable(Deferrable.INITIALLY_DEFERRED));
        return List.of(customers, orders, lines, shipments);
    }

    private static List<Sequence> sequences(Target target) {
        return target == Target.SQLITE
                ? List.of()
                : List.of(
                        Sequence.sequence("order_numbers").startWith(100).incrementBy(5),
                        Sequence.sequence("plain_numbers"));
    }

    /** What each database keeps of the created tables. */
    private static Table expected(Target target, Table table) {
        Table t = table;
        List<Column> columns = new ArrayList<>();
        for (Column c : t.columns()) {
            Column e = c;
            ColumnType type = c.type();
            if (target == Target.SQLITE) {
                e = e.comment(null);
                if (c.isIdentity()) {
                    // An identity column is SQLite's rowid alias, which is spelled INTEGER.
                    e = e.withType(integer());
                }
                if (type.kind() == ColumnType.Kind.ENUM) {
                    e = e.withType(varchar(12));
                }
            }
            if (target == Target.MARIADB && type.kind() == ColumnType.Kind.TIMESTAMP_WITH_TIME_ZONE) {
                e = e.withType(timestamp());
            }
            columns.add(e);
        }
        t = t.withColumns(columns);
        if (target == Target.SQLITE) {
            t = t.comment(null);
        }
        if (target == Target.MARIADB || target == Target.H2) {
            t = t.withForeignKeys(t.foreignKeys().stream()
                    .map(fk -> fk.deferrable(Deferrable.NOT_DEFERRABLE))
                    .toList());
        }
        if (target == Target.MARIADB) {
            // MariaDB keeps no primary key name and does not tell a unique index from a unique constraint.
            if (t.primaryKey() != null) {
                t = t.withPrimaryKey(primaryKey(null, t.primaryKey().columns().toArray(String[]::new)));
            }
            List<dev.migrate.schema.UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
            for (Index i : t.indexes()) {
                if (i.isUnique()) {
                    uniques.add(unique(i.name(), i.columnNames().toArray(String[]::new)));
                }
            }
            t = t.withUniqueConstraints(uniques)
                    .withIndexes(t.indexes().stream().filter(i -> !i.isUnique()).toList());
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : t.checkConstraints()) {
            checks.add(new CheckConstraint(
                    c.name(),
                    switch (target) {
                        case POSTGRES -> "score >= 0::numeric";
                        case MARIADB -> "`score` >= 0";
                        case H2 -> "score >= CAST(0 AS NUMERIC(1))";
                        default -> c.condition();
                    }));
        }
        t = t.withCheckConstraints(checks);
        if (target == Target.POSTGRES) {
            t = t.withIndexes(t.indexes().stream()
                    .map(i -> i.name().equals("ix_customers_lower_email")
                            ? Index.index(i.name(), IndexPart.expression("lower(email::text)"))
                            : i)
                    .toList());
        }
        return sorted(t);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void reflectsEveryFeatureAsCreated(Target target) {
        try (LiveDatabase db = target.open()) {
            create(db, created(target), sequences(target));
            db.execute(
                    "CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)",
                    "CREATE TABLE migrate_history (id INTEGER NOT NULL)");

            SchemaModel model = db.dialect().reflector().reflect(db.connection(), ReflectionFilter.defaults());

            assertThat(model.tables())
                    .extracting(Table::name)
                    .containsExactly("customers", "order_lines", "orders", "shipments");
            for (Table table : created(target)) {
                assertThat(model.table(table.name())).as(table.name()).contains(expected(target, table));
            }
            assertThat(model.sequences()).containsExactlyInAnyOrderElementsOf(sequences(target));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void reflectedModelRendersIntoTheSameSchema(Target target) {
        SchemaModel first;
        try (LiveDatabase db = target.open()) {
            create(db, created(target), sequences(target));
            first = db.dialect().reflector().reflect(db.connection(), ReflectionFilter.defaults());
        }
        try (LiveDatabase db = target.open()) {
            List<Table> inOrder = new ArrayList<>();
            for (Table t : created(target)) {
                inOrder.add(first.table(t.name()).orElseThrow());
            }
            create(db, inOrder, first.sequences());
            SchemaModel second = db.dialect().reflector().reflect(db.connection(), ReflectionFilter.defaults());
            assertThat(second).isEqualTo(first);
        }
    }

    /** The table with its constraints and indexes in the order reflection lists them. */
    static Table sorted(Table t) {
        TableDraft draft = new TableDraft(t.schema(), t.name(), t.comment());
        draft.columns.addAll(t.columns());
        draft.primaryKey = t.primaryKey();
        draft.uniques.addAll(t.uniqueConstraints());
        draft.foreignKeys.addAll(t.foreignKeys());
        draft.checks.addAll(t.checkConstraints());
        draft.indexes.addAll(t.indexes());
        return draft.build();
    }

    static void create(LiveDatabase db, List<Table> tables, List<Sequence> sequences) {
        for (Table t : tables) {
            db.run(new CreateTable(t, false));
        }
        for (Sequence s : sequences) {
            db.run(new CreateSequence(s, false));
        }
    }
}
