package dev.migrate.internal.autogenerate.corpus;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.*;
import static dev.migrate.schema.Types.*;

import dev.migrate.internal.autogenerate.fixtures.blog.Author;
import dev.migrate.internal.autogenerate.fixtures.blog.Car;
import dev.migrate.internal.autogenerate.fixtures.blog.CardPayment;
import dev.migrate.internal.autogenerate.fixtures.blog.Circle;
import dev.migrate.internal.autogenerate.fixtures.blog.Payment;
import dev.migrate.internal.autogenerate.fixtures.blog.Post;
import dev.migrate.internal.autogenerate.fixtures.blog.Shape;
import dev.migrate.internal.autogenerate.fixtures.blog.Tag;
import dev.migrate.internal.autogenerate.fixtures.blog.Vehicle;
import dev.migrate.internal.autogenerate.fixtures.changes.Articles;
import dev.migrate.internal.autogenerate.fixtures.changes.Associations;
import dev.migrate.internal.autogenerate.fixtures.changes.ReservedWords;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.TableElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The model changes autogenerate must turn into a revision that runs, is the exact reverse of
 * its downgrade and leaves nothing for {@code check}. Adding a case is one line: a name, the
 * model before and the model after, as schema models or as entity classes (then Hibernate's own
 * schema validation checks the result too).
 */
public final class Corpus {

    private Corpus() {}

    private static final Column ID = column("id", bigint()).notNull();

    private static Table author(TableElement... more) {
        return table(
                "author", List.of(ID, column("name", varchar(100)).notNull(), primaryKey("author_pkey", "id")), more);
    }

    private static Table post(TableElement... more) {
        return table("post", List.of(ID, column("title", varchar(200)).notNull(), primaryKey("post_pkey", "id")), more);
    }

    private static Table table(String name, List<TableElement> base, TableElement... more) {
        List<TableElement> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return Table.of(name, all.toArray(TableElement[]::new));
    }

    private static SchemaModel tables(Table... tables) {
        return new SchemaModel(List.of(tables), List.of());
    }

    private static SchemaModel with(List<Sequence> sequences, Table... tables) {
        return new SchemaModel(List.of(tables), sequences);
    }

    private static final List<Class<?>> BLOG = List.of(
            Author.class,
            Post.class,
            Tag.class,
            Vehicle.class,
            Car.class,
            Payment.class,
            CardPayment.class,
            Shape.class,
            Circle.class);

    public static List<ModelChange> cases() {
        Column authorId = column("author_id", bigint());
        return List.of(
                ModelChange.of("create table", tables(author()), tables(author(), post())),
                ModelChange.of("drop table", tables(author(), post()), tables(author())),
                ModelChange.of("add nullable column", tables(post()), tables(post(column("summary", varchar(200))))),
                ModelChange.of(
                        "add not null column with default",
                        tables(post()),
                        tables(post(column("views", integer()).notNull().serverDefault("0")))),
                ModelChange.of("drop column", tables(post(column("summary", varchar(200)))), tables(post())),
                ModelChange.of(
                        "widen varchar",
                        tables(post(column("slug", varchar(50)))),
                        tables(post(column("slug", varchar(120))))),
                ModelChange.of(
                        "varchar to text",
                        tables(post(column("body", varchar(500)))),
                        tables(post(column("body", text())))),
                ModelChange.of(
                        "integer to bigint",
                        tables(post(column("views", integer()))),
                        tables(post(column("views", bigint())))),
                ModelChange.of(
                        "make not null",
                        tables(post(column("slug", varchar(50)))),
                        tables(post(column("slug", varchar(50)).notNull()))),
                ModelChange.of(
                        "make nullable",
                        tables(post(column("slug", varchar(50)).notNull())),
                        tables(post(column("slug", varchar(50))))),
                ModelChange.of(
                        "add server default",
                        tables(post(column("state", varchar(20)))),
                        tables(post(column("state", varchar(20)).serverDefault("'draft'")))),
                ModelChange.of(
                        "change server default",
                        tables(post(column("state", varchar(20)).serverDefault("'draft'"))),
                        tables(post(column("state", varchar(20)).serverDefault("'new'")))),
                ModelChange.of(
                        "drop server default",
                        tables(post(column("views", integer()).serverDefault("0"))),
                        tables(post(column("views", integer())))),
                ModelChange.of(
                        "add column comment",
                        tables(post(column("slug", varchar(50)))),
                        tables(post(column("slug", varchar(50)).comment("the URL part")))),
                ModelChange.of(
                        "change column comment",
                        tables(post(column("slug", varchar(50)).comment("old"))),
                        tables(post(column("slug", varchar(50)).comment("new")))),
                ModelChange.of("add table comment", tables(post()), tables(post().comment("articles"))),
                ModelChange.of("drop table comment", tables(post().comment("articles")), tables(post())),
                ModelChange.of("add index", tables(post()), tables(post(Index.index("ix_post_title", "title")))),
                ModelChange.of("drop index", tables(post(Index.index("ix_post_title", "title"))), tables(post())),
                ModelChange.of(
                        "add unique index",
                        tables(post(column("slug", varchar(50)))),
                        tables(post(
                                column("slug", varchar(50)),
                                Index.index("ix_post_slug", "slug").unique()))),
                ModelChange.of(
                        "add two-column index",
                        tables(post(column("slug", varchar(50)))),
                        tables(post(column("slug", varchar(50)), Index.index("ix_post_title_slug", "title", "slug")))),
                ModelChange.of(
                        "add unique constraint",
                        tables(post(column("slug", varchar(50)))),
                        tables(post(column("slug", varchar(50)), unique("uq_post_slug", "slug")))),
                ModelChange.of(
                        "drop unique constraint",
                        tables(post(column("slug", varchar(50)), unique("uq_post_slug", "slug"))),
                        tables(post(column("slug", varchar(50))))),
                ModelChange.of(
                        "add foreign key",
                        tables(author(), post(authorId)),
                        tables(author(), post(authorId, foreignKey("fk_post_author", "author_id", "author", "id")))),
                ModelChange.of(
                        "drop foreign key",
                        tables(author(), post(authorId, foreignKey("fk_post_author", "author_id", "author", "id"))),
                        tables(author(), post(authorId))),
                ModelChange.of(
                        "foreign key gets on delete cascade",
                        tables(author(), post(authorId, foreignKey("fk_post_author", "author_id", "author", "id"))),
                        tables(
                                author(),
                                post(
                                        authorId,
                                        foreignKey("fk_post_author", "author_id", "author", "id")
                                                .onDelete(ReferentialAction.CASCADE)))),
                ModelChange.of(
                        "add column with foreign key",
                        tables(author(), post()),
                        tables(author(), post(authorId, foreignKey("fk_post_author", "author_id", "author", "id")))),
                ModelChange.of(
                        "add check",
                        tables(post(column("views", integer()))),
                        tables(post(column("views", integer()), check("ck_post_views", "views >= 0")))),
                ModelChange.of(
                        "drop check",
                        tables(post(column("views", integer()), check("ck_post_views", "views >= 0"))),
                        tables(post(column("views", integer())))),
                ModelChange.of(
                        "add sequence",
                        tables(post()),
                        with(List.of(Sequence.sequence("post_seq").incrementBy(50)), post())),
                ModelChange.of(
                        "drop sequence",
                        with(List.of(Sequence.sequence("post_seq").incrementBy(50)), post()),
                        tables(post())),
                ModelChange.of(
                        "change sequence increment",
                        with(List.of(Sequence.sequence("post_seq").incrementBy(50)), post()),
                        with(List.of(Sequence.sequence("post_seq").incrementBy(10)), post())),
                ModelChange.of(
                        "create tables in dependency order",
                        tables(),
                        tables(post(authorId, foreignKey("fk_post_author", "author_id", "author", "id")), author())),
                ModelChange.of(
                        "drop tables in dependency order",
                        tables(post(authorId, foreignKey("fk_post_author", "author_id", "author", "id")), author()),
                        tables()),
                ModelChange.of(
                        "create a foreign key cycle",
                        tables(),
                        tables(
                                author(
                                        column("favourite_post_id", bigint()),
                                        foreignKey("fk_author_post", "favourite_post_id", "post", "id")),
                                post(authorId, foreignKey("fk_post_author", "author_id", "author", "id")))),
                ModelChange.of(
                        "drop a foreign key cycle",
                        tables(
                                author(
                                        column("favourite_post_id", bigint()),
                                        foreignKey("fk_author_post", "favourite_post_id", "post", "id")),
                                post(authorId, foreignKey("fk_post_author", "author_id", "author", "id"))),
                        tables()),
                ModelChange.of(
                        "identity table",
                        tables(),
                        tables(Table.of(
                                "event", column("id", bigint()).identity().primaryKey(), column("name", varchar(50))))),
                ModelChange.of("add numeric column", tables(post()), tables(post(column("price", numeric(10, 2))))),
                ModelChange.of(
                        "change numeric precision",
                        tables(post(column("price", numeric(10, 2)))),
                        tables(post(column("price", numeric(12, 4))))),
                ModelChange.of(
                        "add boolean with default",
                        tables(post()),
                        tables(post(column("published", bool()).notNull().serverDefault("false")))),
                ModelChange.of(
                        "add timestamp with current default",
                        tables(post()),
                        tables(post(column("created_at", timestamp()).serverDefault("CURRENT_TIMESTAMP")))),
                ModelChange.of(
                        "add date and time columns",
                        tables(post()),
                        tables(post(column("day", date()), column("at", time())))),
                ModelChange.of(
                        "change primary key",
                        tables(post(column("version", integer()).notNull())),
                        tables(table(
                                "post",
                                List.of(
                                        ID,
                                        column("title", varchar(200)).notNull(),
                                        column("version", integer()).notNull(),
                                        primaryKey("post_pkey", "id", "version"))))),
                ModelChange.of(
                        "self reference",
                        tables(),
                        tables(Table.of(
                                "node",
                                column("id", integer()).primaryKey(),
                                column("parent_id", integer()),
                                foreignKey("fk_node_parent", "parent_id", "node", "id")))),
                ModelChange.entities("entities: whole blog from nothing", List.of(), BLOG),
                ModelChange.entities(
                        "entities: blog grows from authors and tags", List.of(Author.class, Tag.class), BLOG),
                ModelChange.entities(
                        "entities: new entity",
                        List.of(Articles.Base.class),
                        List.of(Articles.Base.class, Associations.Writer.class)),
                ModelChange.entities(
                        "entities: removed entity",
                        List.of(Articles.Base.class, Associations.Writer.class),
                        List.of(Articles.Base.class)),
                entityChange("new nullable column and non-null column with a default", Articles.NewColumns.class),
                entityChange("longer string and wider integer", Articles.Wider.class),
                entityChange("column becomes required", Articles.NoteRequired.class),
                entityChange("new index and unique constraint", Articles.Indexed.class),
                ModelChange.entities(
                        "entities: removed index and unique constraint",
                        List.of(Articles.Indexed.class),
                        List.of(Articles.Base.class)),
                entityChange("comments on table and column", Articles.Commented.class),
                entityChange("boolean columns", Articles.WithFlags.class),
                ModelChange.entities(
                        "entities: booleans kept while a column is added",
                        List.of(Articles.WithFlags.class),
                        List.of(Articles.WithFlagsAndSummary.class)),
                entityChange("column with columnDefinition", Articles.WithColumnDefinition.class),
                entityChange("enums by name and by ordinal", Articles.WithEnums.class),
                entityChange("embedded value", Articles.WithEmbedded.class),
                entityChange("element collection", Articles.WithLabels.class),
                entityChange("sequence-generated key", Articles.Sequenced.class),
                ModelChange.entities(
                        "entities: new many-to-one",
                        List.of(Articles.Base.class, Associations.Writer.class),
                        List.of(Associations.ByWriter.class, Associations.Writer.class)),
                ModelChange.entities(
                        "entities: removed many-to-one",
                        List.of(Associations.ByWriter.class, Associations.Writer.class),
                        List.of(Articles.Base.class, Associations.Writer.class)),
                ModelChange.entities(
                        "entities: new many-to-many join table",
                        List.of(Articles.Base.class, Associations.Topic.class),
                        List.of(Associations.WithTopics.class, Associations.Topic.class)),
                ModelChange.entities(
                        "entities: two entities referencing each other",
                        List.of(),
                        List.of(Associations.Team.class, Associations.Player.class)),
                ModelChange.entities(
                        "entities: single-table subclass", List.of(Vehicle.class), List.of(Vehicle.class, Car.class)),
                ModelChange.entities(
                        "entities: joined subclass", List.of(Payment.class), List.of(Payment.class, CardPayment.class)),
                ModelChange.entities(
                        "entities: table-per-class subclass", List.of(), List.of(Shape.class, Circle.class)),
                ModelChange.entities(
                        "entities: reserved-word table and column", List.of(), List.of(ReservedWords.Order.class)),
                ModelChange.entities(
                        "entities: reserved-word column added",
                        List.of(ReservedWords.Order.class),
                        List.of(ReservedWords.OrderWithSelect.class)));
    }

    /** {@link Articles.Base} becomes {@code after}. */
    private static ModelChange entityChange(String name, Class<?> after) {
        return ModelChange.entities("entities: " + name, List.of(Articles.Base.class), List.of(after));
    }
}
