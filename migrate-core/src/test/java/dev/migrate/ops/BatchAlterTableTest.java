package dev.migrate.ops;

import static dev.migrate.ops.RoundTrip.assertRoundTrip;
import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.check;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Constraints.unique;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.internal.dialect.LiveDatabase;
import dev.migrate.internal.dialect.Target;
import dev.migrate.schema.ConstraintKind;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batch mode: on SQLite the table is rebuilt ("move and copy") and keeps its rows, indexes,
 * constraints and the foreign keys of other tables that point at it; elsewhere the same batch
 * runs as plain {@code ALTER TABLE}s. Either way its reverse puts the schema back exactly.
 */
class BatchAlterTableTest {

    static final Table AUTHORS = Table.of(
            "authors",
            column("id", integer()).primaryKey(),
            column("name", varchar(100)).notNull(),
            column("bio", varchar(50)),
            unique("uq_authors_name", "name"),
            index("ix_authors_bio", "bio"));

    static final Table BOOKS = Table.of(
            "books",
            column("id", integer()).primaryKey(),
            column("author_id", integer()).notNull(),
            column("title", varchar(200)).notNull(),
            column("pages", integer()),
            foreignKey("fk_books_author", "author_id", "authors", "id").onDelete(ReferentialAction.CASCADE),
            check("ck_books_pages", "pages > 0"),
            index("ix_books_title", "title"));

    private static LiveDatabase withData(Target target) {
        LiveDatabase db = target.open();
        db.run(new CreateTable(AUTHORS, false), new CreateTable(BOOKS, false));
        db.execute(
                "INSERT INTO authors (id, name, bio) VALUES (1, 'Ada', 'math'), (2, 'Grace', 'navy')",
                "INSERT INTO books (id, author_id, title, pages) VALUES (10, 1, 'Notes', 25), (11, 2, 'COBOL', 300)");
        return db;
    }

    private static BatchAlterTable batch(String table, java.util.function.Consumer<BatchOperations> changes) {
        BatchOperations operations = new BatchOperations(null, table);
        changes.accept(operations);
        return new BatchAlterTable(null, table, operations.changes(), null);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void changingAReferencedTableKeepsItsRowsIndexesAndTheForeignKeysPointingAtIt(Target target) {
        try (LiveDatabase db = withData(target)) {
            BatchAlterTable change = batch("authors", b -> b.alterColumn("bio", a -> a.type(varchar(400))
                            .nullable(false)
                            .existingType(varchar(50))
                            .existingNullable(true))
                    .addColumn(column("email", varchar(120)))
                    .createIndex(index("ix_authors_email", "email")));

            assertRoundTrip(db, change, after -> {
                assertThat(after.get("table/authors/columns")).isEqualTo("id,name,bio,email");
                assertThat(after.column("authors", "bio")).contains("nullable=false");
                assertThat(after.has("table/authors/index/ix_authors_email")).isTrue();
                assertThat(after.has("table/authors/index/ix_authors_bio")).isTrue();
                assertThat(db.query("SELECT id, name, bio FROM authors ORDER BY id"))
                        .containsExactly(List.of("1", "Ada", "math"), List.of("2", "Grace", "navy"));
                // The rebuild must not have cascaded into the books that point at the authors.
                assertThat(db.query("SELECT id FROM books ORDER BY id")).containsExactly(List.of("10"), List.of("11"));
            });
            assertThat(db.query("SELECT id FROM books ORDER BY id")).containsExactly(List.of("10"), List.of("11"));
            assertThatThrownBy(() -> db.execute("INSERT INTO books (id, author_id, title) VALUES (12, 99, 'orphan')"))
                    .as("the foreign key from books still holds")
                    .isNotNull();
            db.execute("DELETE FROM authors WHERE id = 2");
            assertThat(db.query("SELECT id FROM books"))
                    .as("and still cascades")
                    .containsExactly(List.of("10"));
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void changingColumnsAndConstraintsOfATableWithAForeignKey(Target target) {
        try (LiveDatabase db = withData(target)) {
            BatchAlterTable change = batch("books", b -> b.alterColumn(
                            "pages",
                            a -> a.nullable(false).existingType(integer()).existingNullable(true))
                    .alterColumn("title", a -> a.rename("name")
                            .type(varchar(300))
                            .existingType(varchar(200))
                            .existingNullable(false))
                    .addConstraint(check("ck_books_short_name", "length(name) < 100"))
                    .dropConstraint(BOOKS.checkConstraints().get(0))
                    .addColumn(column("blurb", text())));

            assertRoundTrip(db, change, after -> {
                assertThat(after.get("table/books/columns")).isEqualTo("id,author_id,name,pages,blurb");
                assertThat(after.column("books", "pages")).contains("nullable=false");
                assertThat(after.table("books").keySet()).anyMatch(k -> k.endsWith("/index/ix_books_title"));
                assertThat(after.get("table/books/index/ix_books_title")).startsWith("[name]");
                assertThat(after.table("books").keySet()).anyMatch(k -> k.contains("/foreign-key/"));
                assertThat(after.table("books").keySet()).anyMatch(k -> k.endsWith("/constraint/ck_books_short_name"));
                assertThat(after.table("books").keySet()).noneMatch(k -> k.endsWith("/constraint/ck_books_pages"));
                assertThat(db.query("SELECT id, author_id, name, pages FROM books ORDER BY id"))
                        .containsExactly(List.of("10", "1", "Notes", "25"), List.of("11", "2", "COBOL", "300"));
            });
            assertThatThrownBy(() -> db.execute("INSERT INTO books (id, author_id, name, pages) VALUES (13, 1, '"
                            + "x".repeat(120) + "', 5)"))
                    .as("the new check holds")
                    .isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE")
    void sqliteDropsAColumnThatAnIndexUsesByRebuilding(Target target) {
        try (LiveDatabase db = withData(target)) {
            assertThatThrownBy(() -> db.run(new DropColumn(null, "authors", "bio", null)))
                    .as("plain ALTER TABLE cannot drop an indexed column")
                    .isInstanceOf(MigrateException.class);
            BatchAlterTable change =
                    batch("authors", b -> b.dropIndex(AUTHORS.indexes().get(0))
                            .dropColumn(AUTHORS.column("bio").orElseThrow())
                            .dropConstraint(AUTHORS.uniqueConstraints().get(0)));
            assertRoundTrip(db, change, after -> {
                assertThat(after.get("table/authors/columns")).isEqualTo("id,name");
                assertThat(db.query("SELECT id, name FROM authors ORDER BY id"))
                        .containsExactly(List.of("1", "Ada"), List.of("2", "Grace"));
            });
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE")
    void sqliteRefusesAlterationsOutsideABatchWithAHint(Target target) {
        try (LiveDatabase db = withData(target)) {
            assertThatThrownBy(() -> db.run(AlterColumn.of(null, "books", "pages")
                            .nullable(false)
                            .build()))
                    .hasMessageContaining("batchAlterTable");
            assertThatThrownBy(() ->
                            db.run(new DropConstraint(null, "books", "ck_books_pages", ConstraintKind.CHECK, null)))
                    .hasMessageContaining("batchAlterTable");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = "SQLITE")
    void offlineSqliteBatchesNeedTheTableDefinition(Target target) {
        try (LiveDatabase db = target.open()) {
            BatchAlterTable change = batch("books", b -> b.dropColumn("pages"));
            assertThatThrownBy(() -> db.dialect().render(change)).hasMessageContaining("copyFrom");
            List<String> sql = db.dialect().render(change.withCopyFrom(BOOKS));
            assertThat(sql)
                    .anyMatch(s -> s.startsWith("CREATE TABLE books ("))
                    .anyMatch(s -> s.startsWith("INSERT INTO books"))
                    .anyMatch(s -> s.startsWith("CREATE INDEX ix_books_title"));
            assertThat(sql.stream()
                            .filter(s -> s.startsWith("CREATE TABLE"))
                            .findFirst()
                            .orElseThrow())
                    .doesNotContain("pages");
        }
    }
}
