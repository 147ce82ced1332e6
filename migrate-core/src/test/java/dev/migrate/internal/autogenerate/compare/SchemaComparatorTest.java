package dev.migrate.internal.autogenerate.compare;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.*;
import static dev.migrate.schema.Types.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaComparatorTest {

    private static final Table AUTHOR = Table.of(
            "author",
            column("id", bigint()).primaryKey(),
            column("name", varchar(100)).notNull());
    private static final Table POST = Table.of(
            "post",
            column("id", bigint()).primaryKey(),
            column("title", varchar(200)).notNull(),
            column("author_id", bigint()),
            foreignKey("fk_post_author", "author_id", "author", "id"));

    private static Diff compare(String dialect, SchemaModel database, SchemaModel model) {
        return compare(dialect, database, model, CompareOptions.defaults());
    }

    private static Diff compare(String dialect, SchemaModel database, SchemaModel model, CompareOptions options) {
        return new SchemaComparator(Dialect.named(dialect), options).compare(database, model);
    }

    private static SchemaModel schema(Table... tables) {
        return new SchemaModel(List.of(tables), List.of());
    }

    @Test
    void identicalSchemasHaveNoDifferences() {
        Diff diff = compare("postgresql", schema(AUTHOR, POST), schema(AUTHOR, POST));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.differences()).isEmpty();
    }

    @Test
    void newTablesComeBeforeTheTablesReferringToThemAndDropsRunTheOtherWay() {
        Diff diff = compare("postgresql", schema(), schema(POST, AUTHOR));
        assertThat(diff.upgrade())
                .extracting(op -> ((CreateTable) op).table().name())
                .containsExactly("author", "post");
        assertThat(diff.differences())
                .containsExactly("table 'author' missing in database", "table 'post' missing in database");
        assertThat(diff.downgrade()).extracting(op -> ((DropTable) op).name()).containsExactly("post", "author");

        Diff drop = compare("postgresql", schema(POST, AUTHOR), schema());
        assertThat(drop.upgrade()).extracting(op -> ((DropTable) op).name()).containsExactly("post", "author");
        assertThat(drop.differences()).contains("table 'post' in database but not in the model");
        assertThat(drop.downgrade()).containsExactly(new CreateTable(AUTHOR, false), new CreateTable(POST, false));
    }

    @Test
    void aChainOfTwentyThousandForeignKeysIsOrderedWithoutRecursion() {
        int size = 20_000;
        List<Table> chain = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            // each table refers to the next, so the first can only be created last
            chain.add(
                    i == size - 1
                            ? Table.of("t" + i, column("id", integer()).primaryKey())
                            : Table.of(
                                    "t" + i,
                                    column("id", integer()).primaryKey(),
                                    column("next_id", integer()),
                                    foreignKey("fk_t" + i, "next_id", "t" + (i + 1), "id")));
        }
        Diff diff = compare("postgresql", schema(), new SchemaModel(chain, List.of()));
        assertThat(diff.upgrade()).hasSize(size);
        assertThat(((CreateTable) diff.upgrade().get(0)).table().name()).isEqualTo("t" + (size - 1));
        assertThat(((CreateTable) diff.upgrade().get(size - 1)).table().name()).isEqualTo("t0");
    }

    @Test
    void foreignKeysThatCloseACycleAreAddedAfterTheTables() {
        Table a = Table.of(
                "a",
                column("id", integer()).primaryKey(),
                column("b_id", integer()),
                foreignKey("fk_a_b", "b_id", "b", "id"));
        Table b = Table.of(
                "b",
                column("id", integer()).primaryKey(),
                column("a_id", integer()),
                foreignKey("fk_b_a", "a_id", "a", "id"));
        Diff diff = compare("postgresql", schema(), schema(a, b));
        List<Operation> ops = diff.upgrade();
        assertThat(ops).hasSize(3);
        assertThat(((CreateTable) ops.get(0)).table().foreignKeys()).isEmpty();
        assertThat(((CreateTable) ops.get(1)).table().foreignKeys()).hasSize(1);
        assertThat(ops.get(2)).isInstanceOf(AddConstraint.class);
        Set2 names = new Set2(((CreateTable) ops.get(0)).table().name(), ((AddConstraint) ops.get(2)).table());
        assertThat(names.first()).isEqualTo(names.second());

        Diff drop = compare("postgresql", schema(a, b), schema());
        assertThat(drop.upgrade().get(0)).isInstanceOf(DropConstraint.class);
        assertThat(drop.upgrade().subList(1, 3)).allMatch(op -> op instanceof DropTable);
        assertThat(drop.downgrade().get(2)).isInstanceOf(AddConstraint.class);
    }

    private record Set2(String first, String second) {}

    @Test
    void selfReferencesStayInline() {
        Table node = Table.of(
                "node",
                column("id", integer()).primaryKey(),
                column("parent_id", integer()),
                foreignKey("fk_node_parent", "parent_id", "node", "id"));
        Diff diff = compare("postgresql", schema(), schema(node));
        assertThat(diff.upgrade()).containsExactly(new CreateTable(node, false));
    }

    @Test
    void addedAndDroppedColumnsAreSaidInPlainWords() {
        Table withSummary = Table.of("post", column("id", bigint()).primaryKey(), column("summary", varchar(200)));
        Table without = Table.of("post", column("id", bigint()).primaryKey());
        Diff diff = compare("postgresql", schema(without), schema(withSummary));
        assertThat(diff.upgrade()).containsExactly(new AddColumn(null, "post", column("summary", varchar(200))));
        assertThat(diff.differences())
                .containsExactly("table 'post': column 'summary' (varchar(200)) missing in database");
        assertThat(diff.downgrade())
                .containsExactly(new DropColumn(null, "post", "summary", column("summary", varchar(200))));

        Diff drop = compare("postgresql", schema(withSummary), schema(without));
        assertThat(drop.differences())
                .containsExactly("table 'post': column 'summary' (varchar(200)) in database but not in the model");
        assertThat(drop.downgrade()).containsExactly(new AddColumn(null, "post", column("summary", varchar(200))));
    }

    @Test
    void typeNullabilityDefaultAndCommentChangesCarryTheExistingDefinition() {
        Column before = column("title", varchar(100)).serverDefault("'x'");
        Column after =
                column("title", varchar(200)).notNull().serverDefault("'y'").comment("headline");
        Diff diff = compare(
                "postgresql",
                schema(Table.of("post", column("id", bigint()).primaryKey(), before)),
                schema(Table.of("post", column("id", bigint()).primaryKey(), after)));
        assertThat(diff.upgrade()).hasSize(1);
        AlterColumn alter = (AlterColumn) diff.upgrade().get(0);
        assertThat(alter.type()).isEqualTo(varchar(200));
        assertThat(alter.nullable()).isFalse();
        assertThat(alter.serverDefault()).isEqualTo("'y'");
        assertThat(alter.comment()).isEqualTo("headline");
        assertThat(alter.existingType()).isEqualTo(varchar(100));
        assertThat(alter.existingNullable()).isTrue();
        assertThat(alter.existingServerDefault()).isEqualTo("'x'");
        AlterColumn back = (AlterColumn) diff.downgrade().get(0);
        assertThat(back.applyTo(after)).isEqualTo(before);
        assertThat(diff.differences())
                .containsExactly(
                        "table 'post': column 'title' type differs: database varchar(100), model varchar(200)",
                        "table 'post': column 'title' nullability differs: database NULL, model NOT NULL",
                        "table 'post': column 'title' server default differs: database ''x'', model ''y''",
                        "table 'post': column 'title' comment differs: database none, model 'headline'");
    }

    @Test
    void typesTheDatabaseSpellsDifferentlyAreNotChanges() {
        Table model = Table.of(
                "t",
                column("id", integer()).identity().primaryKey(),
                column("a", varchar(255)),
                column("b", bigint()),
                column("c", bool()),
                column("d", doublePrecision()),
                column("e", timestamp()),
                column("f", numeric(10)),
                column("g", timestampWithTimeZone()),
                column("h", smallint()),
                column("i", fixedChar(1)));
        Table database = Table.of(
                "t",
                column("id", sqlType("serial"))
                        .primaryKey()
                        .column()
                        .serverDefault("nextval('t_id_seq'::regclass)")
                        .primaryKey(),
                column("a", sqlType("character varying(255)")),
                column("b", sqlType("int8")),
                column("c", sqlType("bool")),
                column("d", sqlType("float8")),
                column("e", sqlType("timestamp(6) without time zone")),
                column("f", sqlType("numeric(10,0)")),
                column("g", sqlType("timestamptz")),
                column("h", sqlType("int2")),
                column("i", sqlType("bpchar")).withType(sqlType("character(1)")));
        Diff diff = compare("postgresql", schema(database), schema(model));
        assertThat(diff.differences()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void mariaDbSpellingsAreNotChanges() {
        Table model = Table.of(
                "t",
                column("id", integer()).primaryKey(),
                column("n", numeric(10, 2)),
                column("s", sqlType("enum ('A','B')")),
                column("ts", timestamp()));
        Table database = Table.of(
                "t",
                column("id", sqlType("int")).primaryKey(),
                column("n", sqlType("decimal(10,2)")),
                column("s", enumType("t_s", "A", "B")),
                column("ts", sqlType("datetime(6)")));
        assertThat(compare("mariadb", schema(database), schema(model)).differences())
                .isEmpty();
    }

    @Test
    void defaultsTheDatabaseRewroteAreNotChanges() {
        Table model = Table.of(
                "t",
                column("id", integer()).primaryKey(),
                column("a", varchar(10)).serverDefault("'draft'"),
                column("b", integer()).serverDefault("0"),
                column("c", timestamp()).serverDefault("CURRENT_TIMESTAMP"),
                column("d", bool()).serverDefault("true"),
                column("e", numeric(5, 2)).serverDefault("1.50"));
        Table postgres = Table.of(
                "t",
                column("id", integer()).primaryKey(),
                column("a", varchar(10)).serverDefault("'draft'::character varying"),
                column("b", integer()).serverDefault("'0'"),
                column("c", timestamp()).serverDefault("now()"),
                column("d", bool()).serverDefault("TRUE"),
                column("e", numeric(5, 2)).serverDefault("1.5"));
        assertThat(compare("postgresql", schema(postgres), schema(model)).differences())
                .isEmpty();
        Table mariadb = Table.of(
                "t",
                column("id", integer()).primaryKey(),
                column("a", varchar(10)).serverDefault("'draft'"),
                column("b", integer()).serverDefault("0"),
                column("c", timestamp()).serverDefault("current_timestamp()"),
                column("d", bool()).serverDefault("true"),
                column("e", numeric(5, 2)).serverDefault("1.50"));
        assertThat(compare("mariadb", schema(mariadb), schema(model)).differences())
                .isEmpty();
        Table changed = postgres.withColumns(List.of(
                column("id", integer()).notNull(),
                column("a", varchar(10)).serverDefault("'final'"),
                column("b", integer()).serverDefault("0"),
                column("c", timestamp()).serverDefault("now()"),
                column("d", bool()).serverDefault("true"),
                column("e", numeric(5, 2)).serverDefault("1.5")));
        assertThat(compare("postgresql", schema(changed), schema(model)).differences())
                .containsExactly("table 't': column 'a' server default differs: database ''final'', model ''draft''");
    }

    @Test
    void typesAndDefaultsCanBeLeftOut() {
        Table before = Table.of(
                "t",
                column("id", integer()).primaryKey(),
                column("a", varchar(10)).serverDefault("'x'"));
        Table after = Table.of(
                "t", column("id", integer()).primaryKey(), column("a", text()).serverDefault("'y'"));
        CompareOptions neither = CompareOptions.defaults().compareTypes(false).compareServerDefaults(false);
        assertThat(compare("postgresql", schema(before), schema(after), neither).isEmpty())
                .isTrue();
    }

    @Test
    void primaryKeysUniqueConstraintsIndexesChecksAndForeignKeys() {
        Table before = Table.of(
                "t",
                column("id", integer()).primaryKey(),
                column("a", integer()),
                column("b", integer()),
                unique("uq_t_b", "b"),
                check("ck_old", "a > 0"),
                Index.index("ix_t_b", "b"));
        Table after = Table.of(
                "t",
                column("id", integer()).notNull(),
                column("a", integer()).notNull(),
                column("b", integer()),
                primaryKey(null, "id", "a"),
                unique("uq_t_a", "a"),
                check("ck_new", "a < 10"),
                Index.index("ix_t_a", "a"),
                foreignKey("fk_t_t", "b", "t", "id").onDelete(ReferentialAction.CASCADE));
        Diff diff = compare("postgresql", schema(before), schema(after));
        assertThat(diff.differences())
                .containsExactlyInAnyOrder(
                        "table 't': column 'a' nullability differs: database NULL, model NOT NULL",
                        "table 't': primary key differs: database (id), model (id, a)",
                        "table 't': unique constraint uq_t_a (a) missing in database",
                        "table 't': unique constraint uq_t_b (b) in database but not in the model",
                        "table 't': index ix_t_a(a) missing in database",
                        "table 't': index ix_t_b(b) in database but not in the model",
                        "table 't': foreign key fk_t_t (b) -> t(id) missing in database",
                        "table 't': check constraint ck_new (a < 10) missing in database",
                        "table 't': check constraint ck_old in database but not in the model");
        assertReversesRestore(before, after, diff);
    }

    @Test
    void uniqueConstraintsReportedAsIndexesAndForeignKeyIndexesAreNotDifferences() {
        Table model = Table.of(
                "t",
                column("id", integer()).primaryKey(),
                column("a", integer()),
                column("p", integer()),
                unique("uq_t_a", "a"),
                foreignKey("fk_t_p", "p", "t", "id"));
        Table mariadb = Table.of(
                "t",
                column("id", integer()).primaryKey(),
                column("a", integer()),
                column("p", integer()),
                Index.index("uq_t_a", "a").unique(),
                Index.index("fk_t_p", "p"),
                foreignKey("fk_t_p", "p", "t", "id").onDelete(ReferentialAction.RESTRICT));
        assertThat(compare("mariadb", schema(mariadb), schema(model)).differences())
                .isEmpty();
    }

    @Test
    void sequencesAndComments() {
        SchemaModel database = new SchemaModel(List.of(AUTHOR), List.of(Sequence.sequence("old_seq")));
        SchemaModel model = new SchemaModel(
                List.of(AUTHOR.comment("writers")),
                List.of(Sequence.sequence("post_seq").incrementBy(50)));
        Diff diff = compare("postgresql", database, model);
        assertThat(diff.differences())
                .containsExactly(
                        "sequence 'post_seq' missing in database",
                        "sequence 'old_seq' in database but not in the model",
                        "table 'author': comment differs: database none, model 'writers'");
        Diff altered = compare(
                "postgresql",
                new SchemaModel(List.of(), List.of(Sequence.sequence("s").incrementBy(1))),
                new SchemaModel(List.of(), List.of(Sequence.sequence("s").incrementBy(50))));
        assertThat(altered.differences()).hasSize(1);
        assertThat(altered.downgrade()).hasSize(1);
    }

    @Test
    void renamesAreNeverGuessedUnlessAsked() {
        Table old = Table.of("article", column("id", bigint()).primaryKey(), column("title", varchar(200)));
        Table renamed = Table.of("post", column("id", bigint()).primaryKey(), column("title", varchar(200)));
        Diff plain = compare("postgresql", schema(old), schema(renamed));
        assertThat(plain.upgrade()).hasSize(2).noneMatch(op -> op instanceof RenameTable);

        Diff guessed = compare(
                "postgresql",
                schema(old),
                schema(renamed),
                CompareOptions.defaults().detectRenames(true));
        assertThat(guessed.upgrade()).containsExactly(new RenameTable(null, "article", "post"));
        assertThat(guessed.forReview()).containsExactly(new RenameTable(null, "article", "post"));

        Table oldColumn = Table.of("post", column("id", bigint()).primaryKey(), column("headline", varchar(200)));
        Diff column = compare(
                "postgresql",
                schema(oldColumn),
                schema(renamed),
                CompareOptions.defaults().detectRenames(true));
        assertThat(column.upgrade()).hasSize(1);
        assertThat(((AlterColumn) column.upgrade().get(0)).newName()).isEqualTo("title");
        assertThat(column.differences())
                .containsExactly("table 'post': column 'headline' looks renamed to 'title' (review)");
    }

    @Test
    void theFilterLeavesObjectsOut() {
        Table version =
                Table.of("migrate_version", column("version_num", varchar(32)).primaryKey());
        IncludeFilter filter = IncludeFilter.excludingTables(List.of("migrate_version"))
                .and(o -> !(o.type() == SchemaObject.Type.COLUMN && o.name().equals("legacy")));
        Table withLegacy = Table.of(
                "author",
                column("id", bigint()).primaryKey(),
                column("name", varchar(100)).notNull(),
                column("legacy", integer()));
        Diff diff = compare(
                "postgresql",
                schema(version, withLegacy),
                schema(AUTHOR),
                CompareOptions.defaults().filter(filter));
        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void theRewriterIsTheLastWordAndTheDowngradeFollowsIt() {
        Diff diff = compare("postgresql", schema(), schema(AUTHOR));
        Diff rewritten =
                diff.withUpgrade(new ArrayList<>(List.of(new CreateTable(AUTHOR.comment("rewritten"), false))));
        assertThat(rewritten.downgrade())
                .containsExactly(new DropTable(null, "author", false, AUTHOR.comment("rewritten")));
    }

    @Test
    void foreignKeyChangesAreDroppedAndAddedWithExactReverses() {
        Table before = POST;
        Table after = Table.of(
                "post",
                column("id", bigint()).primaryKey(),
                column("title", varchar(200)).notNull(),
                column("author_id", bigint()),
                foreignKey("fk_post_author", "author_id", "author", "id").onDelete(ReferentialAction.CASCADE));
        Diff diff = compare("postgresql", schema(AUTHOR, before), schema(AUTHOR, after));
        assertThat(diff.upgrade()).hasSize(2);
        assertThat(diff.upgrade().get(0)).isInstanceOf(DropConstraint.class);
        assertThat(((AddConstraint) diff.upgrade().get(1)).constraint()).isInstanceOf(ForeignKey.class);
        assertReversesRestore(before, after, diff);
    }

    /** Applying the upgrade to the database's table gives the model's; the downgrade gives it back. */
    private static void assertReversesRestore(Table before, Table after, Diff diff) {
        Table upgraded = dev.migrate.ops.TableChanges.apply(before, diff.upgrade());
        assertThat(SchemaComparatorTest.compare("postgresql", schema(upgraded), schema(after))
                        .differences())
                .isEmpty();
        Table downgraded = dev.migrate.ops.TableChanges.apply(upgraded, diff.downgrade());
        assertThat(SchemaComparatorTest.compare("postgresql", schema(downgraded), schema(before))
                        .differences())
                .isEmpty();
    }
}
