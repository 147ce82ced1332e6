package dev.migrate.ops;

import static dev.migrate.ops.RoundTrip.assertRoundTrip;
import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.check;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Constraints.primaryKey;
import static dev.migrate.schema.Constraints.unique;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.bool;
import static dev.migrate.schema.Types.enumType;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.numeric;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.timestamp;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.internal.dialect.LiveDatabase;
import dev.migrate.internal.dialect.Target;
import dev.migrate.schema.Column;
import dev.migrate.schema.ConstraintKind;
import dev.migrate.schema.Deferrable;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation on every database: apply, read the schema back, apply the reverse, and find the schema as it was. */
class OperationRoundTripTest {

    static final Table AUTHORS = Table.of(
            "authors",
            column("id", bigint()).identity().primaryKey(),
            column("name", varchar(100)).notNull());

    static final Table BOOKS = Table.of(
            "books",
            column("id", bigint()).identity().primaryKey(),
            column("author_id", bigint()),
            column("title", varchar(200)).notNull(),
            column("price", numeric(10, 2)).serverDefault("0"),
            column("pages", integer()),
            column("copies", integer()),
            column("summary", varchar(40)),
            foreignKey("fk_books_author", "author_id", "authors", "id").onDelete(ReferentialAction.CASCADE),
            unique("uq_books_title", "title"),
            check("ck_books_pages", "pages > 0"));

    private static LiveDatabase withBooks(Target target) {
        LiveDatabase db = target.open();
        db.run(new CreateTable(AUTHORS, false), new CreateTable(BOOKS, false));
        return db;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void createTableWithKeysConstraintsIndexesAndComments(Target target) {
        try (LiveDatabase db = target.open()) {
            db.run(new CreateTable(AUTHORS, false));
            Table reviews = Table.of(
                            "reviews",
                            column("id", bigint()).identity().primaryKey(),
                            column("author_id", bigint()).notNull().comment("who wrote it"),
                            column("stars", integer()).notNull().serverDefault("3"),
                            column("body", text()),
                            column("published", bool())
                                    .notNull()
                                    .serverDefault(target.is(Target.SQLITE, Target.MARIADB) ? "0" : "FALSE"),
                            column("created_at", timestamp()),
                            foreignKey("fk_reviews_author", "author_id", "authors", "id")
                                    .onDelete(ReferentialAction.CASCADE)
                                    .onUpdate(ReferentialAction.RESTRICT)
                                    .deferrable(
                                            target.is(Target.POSTGRES, Target.SQLITE)
                                                    ? Deferrable.INITIALLY_DEFERRED
                                                    : Deferrable.NOT_DEFERRABLE),
                            unique("uq_reviews_author_stars", "author_id", "stars"),
                            check("ck_reviews_stars", "stars BETWEEN 1 AND 5"),
                            index("ix_reviews_created", "created_at"))
                    .comment("what readers think");

            assertRoundTrip(db, new CreateTable(reviews, false), after -> {
                assertThat(after.get("table/reviews/columns"))
                        .isEqualTo("id,author_id,stars,body,published,created_at");
                assertThat(after.column("reviews", "stars"))
                        .contains("nullable=false")
                        .contains("default=")
                        .doesNotContain("default=null");
                assertThat(after.column("reviews", "body")).contains("nullable=true");
                assertThat(after.get("table/reviews/primary-key")).contains("[id]");
                assertThat(after.get("table/reviews/foreign-key/fk_reviews_author"))
                        .contains("author_id->authors.id")
                        .contains("delete=0")
                        .contains("update=1");
                assertThat(after.table("reviews").keySet()).anyMatch(k -> k.endsWith("/index/ix_reviews_created"));
                assertThat(after.table("reviews").keySet()).anyMatch(k -> k.contains("ck_reviews_stars"));
                assertThat(after.table("reviews").keySet()).anyMatch(k -> k.contains("uq_reviews_author_stars"));
                if (db.dialect().supportsComments()) {
                    assertThat(after.get("table/reviews")).isEqualTo("comment=what readers think");
                    assertThat(after.column("reviews", "author_id")).contains("comment=who wrote it");
                }
                if (target == Target.POSTGRES) {
                    assertThat(after.get("table/reviews/foreign-key/fk_reviews_author"))
                            .contains("deferrability=5");
                }
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void createTableIfNotExistsLeavesAnExistingTableAlone(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            var before = db.snapshot();
            db.run(new CreateTable(Table.of("authors", column("other", integer())), true));
            assertThat(db.snapshot().facts()).isEqualTo(before.facts());
            db.run(new DropTable(null, "no_such_table", true, null));
            assertThat(db.snapshot().facts()).isEqualTo(before.facts());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void dropTableGivenItsDefinitionIsReversible(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            assertRoundTrip(db, new DropTable(null, "books", false, BOOKS), after -> assertThat(after.table("books"))
                    .isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void renameTable(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            assertRoundTrip(db, new RenameTable(null, "authors", "writers"), after -> {
                assertThat(after.has("table/writers")).isTrue();
                assertThat(after.has("table/authors")).isFalse();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void setAndDropTableComment(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            if (!db.dialect().supportsComments()) {
                assertThat(db.dialect().render(new SetTableComment(null, "books", "x", null)))
                        .isEmpty();
                return;
            }
            assertRoundTrip(db, new SetTableComment(null, "books", "it's a book", null), after -> assertThat(
                            after.get("table/books"))
                    .isEqualTo("comment=it's a book"));
            assertRoundTrip(db, new SetTableComment(null, "books", null, "it's a book"), after -> assertThat(
                            after.get("table/books"))
                    .isEqualTo("comment=null"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void addColumnWithDefaultNotNullAndComment(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            db.execute("INSERT INTO authors (name) VALUES ('Ada')");
            assertRoundTrip(
                    db,
                    new AddColumn(
                            null,
                            "authors",
                            column("status", varchar(20))
                                    .notNull()
                                    .serverDefault("'active'")
                                    .comment("lifecycle")),
                    after -> {
                        assertThat(after.get("table/authors/columns")).isEqualTo("id,name,status");
                        assertThat(after.column("authors", "status"))
                                .contains("nullable=false")
                                .contains("active");
                        if (db.dialect().supportsComments()) {
                            assertThat(after.column("authors", "status")).contains("comment=lifecycle");
                        }
                        assertThat(db.query("SELECT status FROM authors")).containsExactly(List.of("active"));
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void addEnumColumnCreatesAndDropsItsTypeWhereTheDatabaseHasEnumTypes(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            assertRoundTrip(
                    db,
                    new AddColumn(null, "books", column("format", enumType("book_format", "paper", "ebook"))),
                    after -> {
                        assertThat(after.column("books", "format")).isNotNull();
                        if (target == Target.POSTGRES) {
                            assertThat(after.get("enum-type/book_format")).isEqualTo("paper,ebook");
                        }
                    });
            db.execute(
                    "INSERT INTO authors (name) VALUES ('Ada')",
                    "INSERT INTO books (author_id, title, format) VALUES (1, 'T', 'ebook')");
            assertThat(db.query("SELECT format FROM books")).containsExactly(List.of("ebook"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE")
    void sqliteSaysItHasNoSequences(Target target) {
        try (LiveDatabase db = target.open()) {
            assertThatThrownBy(() -> db.run(new CreateSequence(Sequence.sequence("s"), false)))
                    .hasMessageContaining("SQLite has no sequences");
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void dropColumnGivenItsDefinitionIsReversible(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            Column summary = BOOKS.column("summary").orElseThrow();
            assertRoundTrip(db, new DropColumn(null, "books", "summary", summary), after -> assertThat(
                            after.column("books", "summary"))
                    .isNull());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES", "MARIADB", "H2"})
    void alterColumnType(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            db.execute(
                    "INSERT INTO authors (name) VALUES ('Ada')",
                    "INSERT INTO books (author_id, title, summary) VALUES (1, 'T', 'short')");
            assertRoundTrip(
                    db,
                    AlterColumn.of(null, "books", "summary")
                            .type(text())
                            .existingType(varchar(40))
                            .existingNullable(true)
                            .build(),
                    after -> assertThat(after.column("books", "summary")).doesNotContain("(40,"));
            assertRoundTrip(
                    db,
                    AlterColumn.of(null, "books", "copies")
                            .type(bigint())
                            .existingType(integer())
                            .existingNullable(true)
                            .build(),
                    after -> assertThat(after.column("books", "copies"))
                            .containsIgnoringCase(target == Target.POSTGRES ? "int8" : "bigint"));
            assertThat(db.query("SELECT summary FROM books")).containsExactly(List.of("short"));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES", "MARIADB", "H2"})
    void alterColumnTypeWithUsingConvertsValues(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            db.execute(
                    "INSERT INTO authors (name) VALUES ('Ada')",
                    "INSERT INTO books (author_id, title, summary) VALUES (1, 'T', '42')");
            assertRoundTrip(
                    db,
                    AlterColumn.of(null, "books", "summary")
                            .type(integer())
                            .using("summary::integer")
                            .existingType(varchar(40))
                            .existingNullable(true)
                            .build(),
                    after -> assertThat(after.column("books", "summary")).containsIgnoringCase("int"));
            assertThat(db.query("SELECT summary FROM books")).containsExactly(List.of("42"));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES", "MARIADB", "H2"})
    void alterColumnNullabilityDefaultAndComment(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            assertRoundTrip(
                    db,
                    AlterColumn.of(null, "books", "summary")
                            .nullable(false)
                            .existingType(varchar(40))
                            .existingNullable(true)
                            .build(),
                    after -> assertThat(after.column("books", "summary")).contains("nullable=false"));
            assertRoundTrip(
                    db,
                    AlterColumn.of(null, "books", "summary")
                            .serverDefault("'none'")
                            .existingType(varchar(40))
                            .existingNullable(false)
                            .build(),
                    after -> assertThat(after.column("books", "summary")).contains("none"));
            assertRoundTrip(
                    db,
                    AlterColumn.of(null, "books", "price")
                            .dropServerDefault()
                            .existingServerDefault("0")
                            .existingType(numeric(10, 2))
                            .existingNullable(true)
                            .build(),
                    after -> assertThat(after.column("books", "price")).matches(".*default=(null|NULL) .*"));
            assertRoundTrip(
                    db,
                    AlterColumn.of(null, "books", "summary")
                            .comment("short text")
                            .existingType(varchar(40))
                            .existingNullable(false)
                            .existingServerDefault("'none'")
                            .build(),
                    after -> assertThat(after.column("books", "summary"))
                            .contains("comment=short text")
                            .contains("none"));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES", "MARIADB", "H2"})
    void alterColumnKeepsWhatTheHintsSayWhenTheDatabaseRestatesTheColumn(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            db.run(AlterColumn.of(null, "books", "summary")
                    .serverDefault("'none'")
                    .comment("kept")
                    .existingType(varchar(40))
                    .existingNullable(true)
                    .build());
            assertRoundTrip(
                    db,
                    AlterColumn.of(null, "books", "summary")
                            .nullable(false)
                            .existingType(varchar(40))
                            .existingNullable(true)
                            .existingServerDefault("'none'")
                            .existingComment("kept")
                            .build(),
                    after -> {
                        assertThat(after.column("books", "summary"))
                                .contains("nullable=false")
                                .contains("none")
                                .contains("comment=kept");
                        assertThat(after.column("books", "summary")).contains("(40,");
                    });
            assertRoundTrip(
                    db,
                    AlterColumn.of(null, "books", "id")
                            .comment("generated")
                            .existingType(bigint())
                            .existingNullable(false)
                            .existingIdentity(true)
                            .build(),
                    after -> assertThat(after.column("books", "id")).contains("autoincrement=YES"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void renameColumn(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            assertRoundTrip(
                    db, AlterColumn.of(null, "books", "summary").rename("blurb").build(), after -> {
                        assertThat(after.column("books", "blurb")).isNotNull();
                        assertThat(after.column("books", "summary")).isNull();
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void createAndDropIndexes(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            assertRoundTrip(
                    db,
                    new CreateIndex(
                            null,
                            "books",
                            index("ix_books_title_pages", "title", "pages").unique(),
                            false,
                            false),
                    after -> assertThat(after.get("table/books/index/ix_books_title_pages"))
                            .isEqualTo("[title, pages] unique=true where=null"));
            assertRoundTrip(
                    db,
                    new CreateIndex(null, "books", index("ix_books_price", "price"), true, false),
                    after -> assertThat(after.get("table/books/index/ix_books_price"))
                            .startsWith("[price] unique=false"));
            Index existing = index("ix_books_pages", "pages");
            db.run(new CreateIndex(null, "books", existing, false, false));
            assertRoundTrip(
                    db, new DropIndex(null, "books", "ix_books_pages", false, false, existing), after -> assertThat(
                                    after.get("table/books/index/ix_books_pages"))
                            .isNull());
            db.run(new DropIndex(null, "books", "ix_books_pages", true, false, null));
            db.run(new CreateIndex(null, "books", existing, true, false));
            db.run(new CreateIndex(null, "books", existing, true, false));
            assertThat(db.snapshot().has("table/books/index/ix_books_pages")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES", "SQLITE"})
    void expressionAndPartialIndexes(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            assertRoundTrip(
                    db,
                    new CreateIndex(
                            null,
                            "books",
                            index("ix_books_lower_title", IndexPart.expression("lower(title)")),
                            false,
                            false),
                    after -> assertThat(after.table("books").keySet())
                            .contains("table/books/index/ix_books_lower_title"));
            assertRoundTrip(
                    db,
                    new CreateIndex(
                            null, "books", index("ix_books_cheap", "price").where("price < 10"), false, false),
                    after -> assertThat(after.table("books").keySet()).contains("table/books/index/ix_books_cheap"));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"MARIADB", "H2"})
    void expressionAndPartialIndexesAreRefusedWhereTheDatabaseHasNone(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            assertThatThrownBy(() -> db.run(new CreateIndex(
                            null, "books", index("ix", IndexPart.expression("lower(title)")), false, false)))
                    .hasMessageContaining("index expressions");
            assertThatThrownBy(() -> db.run(
                            new CreateIndex(null, "books", index("ix", "price").where("price < 10"), false, false)))
                    .hasMessageContaining("partial");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES"})
    void createIndexConcurrentlyRunsOutsideATransaction(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            CreateIndex create = new CreateIndex(null, "books", index("ix_books_title_c", "title"), false, true);
            assertThat(create.requiresNoTransaction()).isTrue();
            assertThat(create.reverse().requiresNoTransaction()).isTrue();
            assertThat(db.dialect().render(create).get(0)).startsWith("CREATE INDEX CONCURRENTLY");
            assertRoundTrip(db, create, after -> assertThat(after.has("table/books/index/ix_books_title_c"))
                    .isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES", "MARIADB", "H2"})
    void addAndDropConstraints(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            db.run(new CreateTable(
                    Table.of(
                            "tags",
                            column("code", varchar(20)).notNull(),
                            column("book_id", bigint()),
                            column("weight", integer())),
                    false));
            assertRoundTrip(db, new AddConstraint(null, "tags", primaryKey("pk_tags", "code")), after -> assertThat(
                            after.get("table/tags/primary-key"))
                    .contains("[code]"));
            assertRoundTrip(
                    db,
                    new AddConstraint(null, "tags", unique("uq_tags_book_weight", "book_id", "weight")),
                    after -> assertThat(after.get("table/tags/constraint/uq_tags_book_weight"))
                            .startsWith("UNIQUE"));
            ForeignKey fk = foreignKey("fk_tags_book", "book_id", "books", "id")
                    .onDelete(ReferentialAction.SET_NULL)
                    .onUpdate(ReferentialAction.CASCADE);
            assertRoundTrip(db, new AddConstraint(null, "tags", fk), after -> assertThat(
                            after.get("table/tags/foreign-key/fk_tags_book"))
                    .contains("book_id->books.id")
                    .contains("update=0")
                    .contains("delete=2"));
            assertRoundTrip(
                    db, new AddConstraint(null, "tags", check("ck_tags_weight", "weight >= 0")), after -> assertThat(
                                    after.get("table/tags/constraint/ck_tags_weight"))
                            .startsWith("CHECK"));

            assertRoundTrip(
                    db,
                    new DropConstraint(null, "tags", "fk_tags_book", ConstraintKind.FOREIGN_KEY, fk),
                    after -> assertThat(after.get("table/tags/foreign-key/fk_tags_book"))
                            .isNull());
            assertRoundTrip(
                    db,
                    new DropConstraint(
                            null,
                            "books",
                            "ck_books_pages",
                            ConstraintKind.CHECK,
                            BOOKS.checkConstraints().get(0)),
                    after -> assertThat(after.get("table/books/constraint/ck_books_pages"))
                            .isNull());
            assertRoundTrip(
                    db,
                    new DropConstraint(
                            null,
                            "books",
                            "uq_books_title",
                            ConstraintKind.UNIQUE,
                            BOOKS.uniqueConstraints().get(0)),
                    after -> assertThat(after.get("table/books/constraint/uq_books_title"))
                            .isNull());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES", "SQLITE"})
    void deferrableForeignKeysWaitForCommit(Target target) throws Exception {
        try (LiveDatabase db = target.open()) {
            db.run(
                    new CreateTable(AUTHORS, false),
                    new CreateTable(
                            Table.of(
                                    "notes",
                                    column("id", integer()).primaryKey(),
                                    column("author_id", bigint()).notNull(),
                                    foreignKey("fk_notes_author", "author_id", "authors", "id")
                                            .deferrable(Deferrable.INITIALLY_DEFERRED)),
                            false));
            db.connection().setAutoCommit(false);
            db.execute(
                    "INSERT INTO notes (id, author_id) VALUES (1, 7)",
                    "INSERT INTO authors (id, name) VALUES (7, 'late')");
            db.connection().commit();
            db.connection().setAutoCommit(true);
            assertThat(db.query("SELECT author_id FROM notes")).containsExactly(List.of("7"));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Target.class,
            names = {"POSTGRES", "MARIADB", "H2"})
    void sequences(Target target) {
        try (LiveDatabase db = target.open()) {
            Sequence invoices = Sequence.sequence("invoice_numbers")
                    .startWith(1000)
                    .incrementBy(10)
                    .minValue(1000)
                    .maxValue(1_000_000);
            assertRoundTrip(
                    db, new CreateSequence(invoices, false), after -> assertThat(after.get("sequence/invoice_numbers"))
                            .contains("start=1000")
                            .contains("increment=10"));
            AlterSequence alter =
                    new AlterSequence(null, "invoice_numbers", 5L, null, 2_000_000L, null, true, invoices);
            assertRoundTrip(db, alter, after -> assertThat(after.get("sequence/invoice_numbers"))
                    .contains("increment=5")
                    .contains("max=2000000")
                    .containsPattern("cycle=(YES|1)"));
            assertRoundTrip(
                    db,
                    new DropSequence(null, "invoice_numbers", false, alter.applyTo(invoices)),
                    after -> assertThat(after.has("sequence/invoice_numbers")).isFalse());
            db.run(new DropSequence(null, "invoice_numbers", true, null));
            db.run(new DropSequence(null, "invoice_numbers", true, null));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void executeUsesTheStatementForItsDialect(Target target) {
        try (LiveDatabase db = withBooks(target)) {
            db.run(new Execute(
                    "INSERT INTO authors (name) VALUES ('default')",
                    Map.of(
                            db.dialect().name(),
                            "INSERT INTO authors (name) VALUES ('"
                                    + db.dialect().name() + "')",
                            "nosuchdb",
                            "SELECT broken")));
            assertThat(db.query("SELECT name FROM authors"))
                    .containsExactly(List.of(db.dialect().name()));
            db.run(new Execute("INSERT INTO authors (name) VALUES ('default')", Map.of("nosuchdb", "SELECT broken")));
            assertThat(db.query("SELECT name FROM authors ORDER BY id"))
                    .containsExactly(List.of(db.dialect().name()), List.of("default"));
            assertThatThrownBy(() -> db.run(new Execute(null, Map.of("nosuchdb", "SELECT 1"))))
                    .hasMessageContaining("no SQL for " + db.dialect().name());
        }
    }
}
