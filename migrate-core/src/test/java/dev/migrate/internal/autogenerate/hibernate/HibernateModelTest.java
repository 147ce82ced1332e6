package dev.migrate.internal.autogenerate.hibernate;

import static dev.migrate.schema.Types.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.autogenerate.fixtures.blog.Author;
import dev.migrate.internal.autogenerate.fixtures.blog.Car;
import dev.migrate.internal.autogenerate.fixtures.blog.CardPayment;
import dev.migrate.internal.autogenerate.fixtures.blog.Circle;
import dev.migrate.internal.autogenerate.fixtures.blog.Payment;
import dev.migrate.internal.autogenerate.fixtures.blog.Post;
import dev.migrate.internal.autogenerate.fixtures.blog.Shape;
import dev.migrate.internal.autogenerate.fixtures.blog.Tag;
import dev.migrate.internal.autogenerate.fixtures.blog.Vehicle;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class HibernateModelTest {

    private static final List<Class<?>> ENTITIES = List.of(
            Author.class,
            Post.class,
            Tag.class,
            Vehicle.class,
            Car.class,
            Payment.class,
            CardPayment.class,
            Shape.class,
            Circle.class);

    private static final SchemaModel POSTGRES = HibernateModel.fromEntities(ENTITIES, "postgresql");

    @Test
    void physicalNamesFollowSpringBootsNamingAndEveryMappedTableIsThere() {
        assertThat(POSTGRES.tables())
                .extracting(Table::name)
                .containsExactly(
                        "author",
                        "card_payment",
                        "circle",
                        "payment",
                        "post",
                        "post_label",
                        "post_tags",
                        "tag",
                        "vehicle");
        assertThat(column("author", "display_name"))
                .isEqualTo(new Column("display_name", varchar(100), false, null, null, false));
    }

    @Test
    void typesLengthsPrecisionAndNullability() {
        assertThat(column("post", "title").type()).isEqualTo(varchar(200));
        assertThat(column("post", "title").nullable()).isFalse();
        assertThat(column("post", "slug").nullable()).isTrue();
        assertThat(column("post", "price").type()).isEqualTo(numeric(10, 2));
        assertThat(column("post", "published_on").type()).isEqualTo(date());
        assertThat(column("post", "updated_at").type()).isEqualTo(timestampWithTimeZone());
        assertThat(column("payment", "amount").type()).isEqualTo(doublePrecision());
        assertThat(column("payment", "amount").nullable())
                .as("a primitive cannot be null")
                .isFalse();
    }

    @Test
    void defaultsCommentsAndColumnDefinition() {
        assertThat(column("post", "state").serverDefault()).isEqualTo("'draft'");
        assertThat(column("author", "email").comment()).isEqualTo("where to write to");
        assertThat(table("author").comment()).isEqualTo("people who write posts");
        Column custom = column("post", "custom");
        assertThat(custom.type()).isEqualTo(varchar(42));
        assertThat(custom.serverDefault()).isEqualTo("'x'");
    }

    @Test
    void enumsAsStringAndOrdinal() {
        assertThat(column("post", "status").type()).isEqualTo(varchar(16));
        assertThat(column("post", "previous_status").type()).isEqualTo(smallint());
        assertThat(table("post").checkConstraints())
                .extracting(c -> c.condition())
                .contains("status in ('DRAFT','PUBLISHED')", "previous_status between 0 and 1");
        SchemaModel mariadb = HibernateModel.fromEntities(ENTITIES, "mariadb");
        assertThat(mariadb.table("post")
                        .orElseThrow()
                        .column("status")
                        .orElseThrow()
                        .type())
                .isEqualTo(sqlType("enum ('DRAFT','PUBLISHED')"));
    }

    @Test
    void namedChecksUniqueConstraintsAndIndexes() {
        Table post = table("post");
        assertThat(post.checkConstraints())
                .anyMatch(c -> "ck_post_price".equals(c.name()) && c.condition().equals("price >= 0"));
        assertThat(post.uniqueConstraints())
                .anyMatch(u -> u.name().equals("uq_post_slug") && u.columns().equals(List.of("slug")));
        assertThat(post.indexes())
                .anyMatch(i -> i.name().equals("ix_post_published_on")
                        && i.columnNames().equals(List.of("published_on")));
        assertThat(table("author").uniqueConstraints())
                .anyMatch(u -> u.columns().equals(List.of("email")));
    }

    @Test
    void identityAndSequenceGeneration() {
        assertThat(column("author", "id").isIdentity()).isTrue();
        assertThat(column("post", "id").isIdentity()).isFalse();
        assertThat(POSTGRES.sequences())
                .containsExactly(Sequence.sequence("post_seq").startWith(1).incrementBy(20));
    }

    @Test
    void foreignKeysFromAssociationsJoinTablesAndElementCollections() {
        assertThat(references("post")).containsExactly("author_id -> author(id)");
        assertThat(table("post_tags").primaryKey().columns()).containsExactly("post_id", "tags_id");
        assertThat(references("post_tags")).containsExactlyInAnyOrder("tags_id -> tag(id)", "post_id -> post(id)");
        assertThat(table("post_label").columns()).extracting(Column::name).containsExactly("post_id", "label");
        assertThat(column("post_label", "label").type()).isEqualTo(varchar(30));
        assertThat(references("post_label")).containsExactly("post_id -> post(id)");
    }

    @Test
    void embeddedColumnsLiveInTheOwnersTable() {
        assertThat(column("post", "street_name").type()).isEqualTo(varchar(255));
        assertThat(column("post", "city").type()).isEqualTo(varchar(255));
    }

    @Test
    void theThreeInheritanceStrategies() {
        // single table: one table with the discriminator and every subclass column (nullable)
        assertThat(table("vehicle").columns())
                .extracting(Column::name)
                .containsExactly("dtype", "id", "wheels", "seats");
        assertThat(column("vehicle", "seats").nullable()).isTrue();
        assertThat(POSTGRES.table("car")).isEmpty();
        // joined: the subclass table's key refers to the parent's
        assertThat(references("card_payment")).containsExactly("id -> payment(id)");
        // table per class: a table per concrete class, the abstract root has none
        assertThat(POSTGRES.table("shape")).isEmpty();
        assertThat(table("circle").columns()).extracting(Column::name).containsExactly("id", "colour", "radius");
    }

    @Test
    void theSpringNamingRule() {
        assertThat(SpringPhysicalNaming.physicalName("displayName", false)).isEqualTo("display_name");
        assertThat(SpringPhysicalNaming.physicalName("HTMLParser", false)).isEqualTo("htmlparser");
        assertThat(SpringPhysicalNaming.physicalName("Post.title", false)).isEqualTo("post_title");
        assertThat(SpringPhysicalNaming.physicalName("MixedCase", true)).isEqualTo("Mixed_Case");
    }

    private static List<String> references(String table) {
        return table(table).foreignKeys().stream()
                .map(HibernateModelTest::describe)
                .toList();
    }

    private static String describe(ForeignKey f) {
        return String.join(", ", f.columns()) + " -> " + f.referredTable() + "("
                + String.join(", ", f.referredColumns()) + ")";
    }

    private static Table table(String name) {
        return POSTGRES.table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Column column(String table, String name) {
        return table(table).column(name).orElseThrow(() -> new AssertionError("no column " + table + "." + name));
    }
}
