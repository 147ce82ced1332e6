package dev.migrate.internal.dialect;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.check;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Constraints.unique;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.numeric;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.BatchAlterTable;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.schema.Deferrable;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's own machinery: reading a table back for batch mode, the transaction guard, and the lock file. */
class SqliteTest {

    static final Table PARENT = Table.of(
            "Parent Table",
            column("id", integer()).primaryKey(),
            column("code", varchar(10)).notNull(),
            unique("uq code", "code"));

    static final Table CHILD = Table.of(
            "child",
            column("id", integer()).primaryKey(),
            column("parent id", integer()).notNull().serverDefault("1"),
            column("price", numeric(10, 2)),
            column("note", text()),
            foreignKey("fk \"parent\"", "parent id", "Parent Table", "id")
                    .onDelete(ReferentialAction.CASCADE)
                    .deferrable(Deferrable.INITIALLY_DEFERRED),
            check("ck_price", "price >= 0"),
            index("ix child, note", IndexPart.column("note"), IndexPart.expression("lower(note)"))
                    .where("note IS NOT NULL"));

    @Test
    void readsBackExactlyTheTablesItCreates(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            SqliteDialect dialect = new SqliteDialect();
            JdbcExecutor executor = new JdbcExecutor(c, dialect);
            executor.execute(new CreateTable(PARENT, false));
            executor.execute(new CreateTable(CHILD, false));
            assertThat(dialect.readTable(c, null, "Parent Table")).isEqualTo(PARENT);
            Table counters =
                    Table.of("counters", column("id", integer()).identity().primaryKey(), column("n", integer()));
            executor.execute(new CreateTable(counters, false));
            assertThat(dialect.readTable(c, null, "counters")).isEqualTo(counters);
            assertThat(dialect.readTable(c, null, "child")).isEqualTo(CHILD);
            assertThatThrownBy(() -> dialect.readTable(c, null, "nope")).hasMessageContaining("no table nope");
        }
    }

    @Test
    void insideATransactionABatchNeedsTheGuardAndTheGuardChecksEveryKey(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            SqliteDialect dialect = new SqliteDialect();
            JdbcExecutor executor = new JdbcExecutor(c, dialect);
            executor.execute("PRAGMA foreign_keys = ON");
            executor.execute(new CreateTable(PARENT, false));
            executor.execute(new CreateTable(CHILD, false));
            executor.execute("INSERT INTO \"Parent Table\" (id, code) VALUES (1, 'a')");
            executor.execute("INSERT INTO child (id, \"parent id\", price) VALUES (7, 1, 2.5)");
            BatchAlterTable batch = new BatchAlterTable(
                    null,
                    "Parent Table",
                    List.of(new dev.migrate.ops.AddColumn(null, "Parent Table", column("label", text()))),
                    null);

            c.setAutoCommit(false);
            assertThatThrownBy(() -> executor.execute(batch))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("guardTransaction");
            c.rollback();
            c.setAutoCommit(true);

            try (TransactionGuard guard = dialect.guardTransaction(c)) {
                c.setAutoCommit(false);
                executor.execute(batch);
                guard.beforeCommit();
                c.commit();
                c.setAutoCommit(true);
            }
            assertThat(SqliteForeignKeys.enforced(c))
                    .as("enforcement is back on")
                    .isTrue();
            assertThat(dialect.readTable(c, null, "child")).isEqualTo(CHILD);
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM child")) {
                rs.next();
                assertThat(rs.getInt(1)).as("no cascade ran").isEqualTo(1);
            }

            try (TransactionGuard guard = dialect.guardTransaction(c)) {
                c.setAutoCommit(false);
                executor.execute("INSERT INTO child (id, \"parent id\") VALUES (8, 42)");
                assertThatThrownBy(guard::beforeCommit).hasMessageContaining("refers to a missing row");
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void batchModeRebuildsHandWrittenTables(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            JdbcExecutor executor = new JdbcExecutor(c, new SqliteDialect());
            executor.execute("PRAGMA foreign_keys = ON");
            executor.execute("create table authors (id integer primary key autoincrement, name text not null unique)");
            executor.execute(
                    "create table [books] (id integer primary key, author_id integer not null references authors"
                            + " on delete cascade, `title` varchar(20) default 'untitled', constraint positive check (id > 0))");
            executor.execute("create index books_by_title on books (title collate nocase)");
            executor.execute("insert into authors (name) values ('Ada')");
            executor.execute("insert into books (id, author_id) values (1, 1)");

            executor.execute(new BatchAlterTable(
                    null,
                    "books",
                    List.of(AlterColumn.of(null, "books", "title")
                            .type(varchar(200))
                            .nullable(false)
                            .build()),
                    null));

            executor.execute(new BatchAlterTable(
                    null,
                    "authors",
                    List.of(new dev.migrate.ops.AddColumn(null, "authors", column("born", integer()))),
                    null));
            assertThat(new SqliteDialect()
                            .readTable(c, null, "authors")
                            .column("id")
                            .orElseThrow()
                            .isIdentity())
                    .as("AUTOINCREMENT survives the rebuild")
                    .isTrue();

            Table books = new SqliteDialect().readTable(c, null, "books");
            assertThat(books.column("title").orElseThrow())
                    .isEqualTo(column("title", varchar(200)).notNull().serverDefault("'untitled'"));
            assertThat(books.foreignKeys()).singleElement().satisfies(fk -> {
                assertThat(fk.referredColumns()).containsExactly("id");
                assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
            });
            assertThat(books.checkConstraints()).containsExactly(check("positive", "id > 0"));
            assertThat(books.indexes()).singleElement().satisfies(ix -> assertThat(ix.parts())
                    .containsExactly(IndexPart.expression("title collate nocase")));
            try (var rs = c.createStatement().executeQuery("SELECT title FROM books")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("untitled");
            }
            executor.execute("DELETE FROM authors");
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM books")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the foreign key still cascades").isZero();
            }
        }
    }

    @Test
    void plainDropColumnWorksWhereSqliteCan(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            JdbcExecutor executor = new JdbcExecutor(c, new SqliteDialect());
            executor.execute(new CreateTable(Table.of("t", column("a", integer()), column("b", integer())), false));
            executor.execute(new DropColumn(null, "t", "b", null));
            assertThat(new SqliteDialect().readTable(c, null, "t").columns())
                    .map(dev.migrate.schema.Column::name)
                    .containsExactly("a");
        }
    }

    @Test
    void theLockFileKeepsASecondRunnerOutUntilTheFirstReleases(@TempDir Path dir) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (Connection first = DriverManager.getConnection(url);
                Connection second = DriverManager.getConnection(url)) {
            DatabaseLock one = new SqliteDialect().lock();
            DatabaseLock two = new SqliteDialect().lock();
            assertThat(one.acquire(first, "migrate_version", Duration.ofSeconds(1)))
                    .isTrue();
            long start = System.nanoTime();
            assertThat(two.acquire(second, "migrate_version", Duration.ofMillis(300)))
                    .isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(two.describeHolder(second, "migrate_version"))
                    .startsWith("pid " + ProcessHandle.current().pid());
            assertThat(two.acquire(second, "other_table", Duration.ZERO))
                    .as("another version table, another lock")
                    .isTrue();
            one.release(first, "migrate_version");
            assertThat(two.acquire(second, "migrate_version", Duration.ofSeconds(1)))
                    .isTrue();
            two.release(second, "migrate_version");
            two.release(second, "other_table");
        }
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(new SqliteDialect().lock().acquire(memory, "migrate_version", Duration.ZERO))
                    .isTrue();
        }
    }
}
