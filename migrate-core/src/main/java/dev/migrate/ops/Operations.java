package dev.migrate.ops;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.ConstraintKind;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.TableElement;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a revision's {@code upgrade} and {@code downgrade} use to change the schema, as
 * Alembic's {@code op}. Every method builds an {@link Operation} and hands it to
 * {@link #run(Operation)}; whether that executes it on a connection or writes it to an offline
 * script is decided by the implementation, never by the revision.
 *
 * <pre>{@code
 * public void upgrade(Operations op) {
 *     op.addColumn("users", column("email", varchar(255)));
 *     op.createIndex("users", index("ix_users_email", "email").unique());
 * }
 * public void downgrade(Operations op) {
 *     op.dropIndex("users", "ix_users_email");
 *     op.dropColumn("users", "email");
 * }
 * }</pre>
 *
 * <p><b>Argument order.</b> The table always comes first, then the name of what is created or
 * dropped in it, then the rest: {@code op.dropIndex("users", "ix_users_email")},
 * {@code op.createCheckConstraint("users", "ck_users_age", "age >= 0")},
 * {@code op.loadCsv("users", "db/data/users.csv", ...)}. Operations on a table itself or on a
 * sequence take that object's name (or definition) first.
 *
 * <p><b>Names.</b> Names are kept exactly as written. The SQL writes a name bare when it is lower
 * case, made of letters, digits and {@code _}, and not a reserved word of that database ({@code users},
 * {@code ix_users_email}), so it reads as hand-written SQL and the database folds it as usual
 * (PostgreSQL to lower case, H2 to upper case, as Hibernate expects there); any other name is
 * quoted ({@code "User"}, {@code "order"}, {@code "first name"}; backticks on MariaDB), so it
 * stays one exact, case-sensitive name. So {@code "User"} and {@code "user"} are two different
 * tables, and a mixed-case name must be written the same way in every revision that uses it.
 *
 * <p><b>Reversible drops.</b> Methods that drop something have a variant that takes its
 * definition ({@code dropColumn(table, Column)}, {@code dropIndex(table, Index)}, …); only that
 * variant can be reversed (by autogenerate or {@link Operation#reverse()}).
 *
 * <p>The examples use the static factories of {@code dev.migrate.schema}: {@code Columns.column},
 * {@code Types.*}, {@code Index.index}, {@code Constraints.*}, {@code Sequence.sequence}.
 */
public interface Operations {

    /**
     * Runs (or, offline, renders) one operation; every other method ends here. For an operation
     * built by hand or by autogenerate: {@code op.run(new RenameTable(null, "users", "members"))}.
     */
    void run(Operation operation);

    /**
     * The live connection, for revisions that must read data:
     * {@code try (Statement s = op.connection().createStatement()) { ... }} (do not close the
     * connection itself). Offline ({@code --sql}) there is none, and this throws an error naming
     * the revision.
     */
    Connection connection();

    /**
     * The dialect this runs for ({@code postgresql}, {@code mariadb}, {@code h2}, {@code sqlite}),
     * for revisions whose SQL differs per database:
     * {@code if (op.dialectName().equals("postgresql")) { op.execute("CREATE EXTENSION IF NOT EXISTS citext"); }}.
     */
    String dialectName();

    /**
     * A value written as a SQL literal of the given type in this dialect, for embedding in
     * {@link #execute(String)} so that the same revision works offline, as Alembic's
     * {@code inline_literal}:
     * {@code op.execute("UPDATE users SET status = " + op.inlineLiteral("active", varchar(20)))}.
     * Implementations delegate to the dialect's {@code literal(value, type)}.
     */
    String inlineLiteral(@Nullable Object value, ColumnType type);

    // ---- tables

    /**
     * Creates a table from its columns and constraints; columns marked {@code primaryKey()} make
     * its primary key:
     * {@code op.createTable("users", column("id", bigint()).identity().primaryKey(), column("email", varchar(255)).notNull())}.
     */
    default void createTable(String name, TableElement... elements) {
        run(new CreateTable(Table.of(name, elements), false));
    }

    /**
     * Creates a table from a definition, e.g. one shared with the downgrade's {@link #dropTable(Table)}:
     * {@code op.createTable(Table.of("tags", column("id", bigint()).primaryKey(), column("name", varchar(50))))}.
     */
    default void createTable(Table table) {
        run(new CreateTable(table, false));
    }

    /**
     * Creates a table unless one of that name exists ({@code CREATE TABLE IF NOT EXISTS}):
     * {@code op.createTableIfNotExists(Table.of("audit", column("id", bigint()).primaryKey()))}.
     */
    default void createTableIfNotExists(Table table) {
        run(new CreateTable(table, true));
    }

    /**
     * Drops a table; not reversible (use {@link #dropTable(Table)} for that):
     * {@code op.dropTable("tags")}.
     */
    default void dropTable(String name) {
        run(new DropTable(null, name, false, null));
    }

    /**
     * Drops a table, given its definition so the drop can be reversed:
     * {@code op.dropTable(Table.of("tags", column("id", bigint()).primaryKey(), column("name", varchar(50))))}.
     */
    default void dropTable(Table existing) {
        run(new DropTable(existing.schema(), existing.name(), false, existing));
    }

    /**
     * Drops a table if it exists ({@code DROP TABLE IF EXISTS}); not reversible:
     * {@code op.dropTableIfExists("tmp_import")}.
     */
    default void dropTableIfExists(String name) {
        run(new DropTable(null, name, true, null));
    }

    /** Renames a table: {@code op.renameTable("article", "post")}. */
    default void renameTable(String name, String newName) {
        run(new RenameTable(null, name, newName));
    }

    /**
     * Sets a table's comment; {@code existingComment} is what it was ({@code null}: none), for the
     * reverse: {@code op.setTableComment("users", "people who can log in", null)}.
     */
    default void setTableComment(String table, String comment, @Nullable String existingComment) {
        run(new SetTableComment(null, table, comment, existingComment));
    }

    /**
     * Removes a table's comment; {@code existingComment} is what it was, for the reverse:
     * {@code op.dropTableComment("users", "people who can log in")}.
     */
    default void dropTableComment(String table, @Nullable String existingComment) {
        run(new SetTableComment(null, table, null, existingComment));
    }

    // ---- columns

    /**
     * Adds a column to a table:
     * {@code op.addColumn("users", column("email", varchar(255)).notNull().serverDefault("''"))}.
     */
    default void addColumn(String table, Column column) {
        run(new AddColumn(null, table, column));
    }

    /**
     * Drops a column; not reversible (use {@link #dropColumn(String, Column)} for that):
     * {@code op.dropColumn("users", "email")}.
     */
    default void dropColumn(String table, String name) {
        run(new DropColumn(null, table, name, null));
    }

    /**
     * Drops a column, given its definition so the drop can be reversed:
     * {@code op.dropColumn("users", column("email", varchar(255)))}.
     */
    default void dropColumn(String table, Column existing) {
        run(new DropColumn(null, table, existing.name(), existing));
    }

    /**
     * Changes a column's type, nullability, default, comment or name; the {@code existing…}
     * facts make the change reversible and let MariaDB restate the column:
     * {@code op.alterColumn("users", "email", alter -> alter.type(text()).existingType(varchar(255)).existingNullable(true))}.
     */
    default void alterColumn(String table, String name, Consumer<AlterColumn.Builder> alteration) {
        AlterColumn.Builder builder = AlterColumn.of(null, table, name);
        alteration.accept(builder);
        run(builder.build());
    }

    // ---- indexes

    /**
     * Creates a plain index over columns: {@code op.createIndex("users", "ix_users_email", "email")}.
     * For a unique, partial or expression index, or options, use
     * {@link #createIndex(String, Index, IndexOption...)}.
     */
    default void createIndex(String table, String name, String... columns) {
        run(new CreateIndex(null, table, Index.index(name, columns), false, false));
    }

    /**
     * Creates an index from its definition, with {@link IndexOption#IF_NOT_EXISTS} and
     * {@link IndexOption#CONCURRENTLY} as options:
     * {@code op.createIndex("users", index("ix_users_email", "email").unique(), IndexOption.CONCURRENTLY)}.
     *
     * @throws IllegalArgumentException for {@link IndexOption#IF_EXISTS}, which is for drops
     */
    default void createIndex(String table, Index index, IndexOption... options) {
        List<IndexOption> given = IndexOption.forCreate(options);
        run(new CreateIndex(
                null,
                table,
                index,
                given.contains(IndexOption.IF_NOT_EXISTS),
                given.contains(IndexOption.CONCURRENTLY)));
    }

    /**
     * Drops an index by name; not reversible (use {@link #dropIndex(String, Index, IndexOption...)}
     * for that). Options: {@link IndexOption#IF_EXISTS}, {@link IndexOption#CONCURRENTLY}:
     * {@code op.dropIndex("users", "ix_users_email", IndexOption.IF_EXISTS)}.
     *
     * @throws IllegalArgumentException for {@link IndexOption#IF_NOT_EXISTS}, which is for creates
     */
    default void dropIndex(String table, String name, IndexOption... options) {
        List<IndexOption> given = IndexOption.forDrop(options);
        run(new DropIndex(
                null,
                table,
                name,
                given.contains(IndexOption.IF_EXISTS),
                given.contains(IndexOption.CONCURRENTLY),
                null));
    }

    /**
     * Drops an index, given its definition so the drop can be reversed:
     * {@code op.dropIndex("users", index("ix_users_email", "email").unique())}.
     *
     * @throws IllegalArgumentException for {@link IndexOption#IF_NOT_EXISTS}, which is for creates
     */
    default void dropIndex(String table, Index existing, IndexOption... options) {
        List<IndexOption> given = IndexOption.forDrop(options);
        run(new DropIndex(
                null,
                table,
                existing.name(),
                given.contains(IndexOption.IF_EXISTS),
                given.contains(IndexOption.CONCURRENTLY),
                existing));
    }

    // ---- constraints

    /**
     * Adds any constraint to a table:
     * {@code op.addConstraint("users", Constraints.unique("uq_users_email", "email"))}.
     */
    default void addConstraint(String table, Constraint constraint) {
        run(new AddConstraint(null, table, constraint));
    }

    /** Adds a primary key: {@code op.createPrimaryKey("post_tags", "pk_post_tags", "post_id", "tag_id")}. */
    default void createPrimaryKey(String table, String name, String... columns) {
        addConstraint(table, new PrimaryKey(name, List.of(columns)));
    }

    /** Adds a unique constraint: {@code op.createUniqueConstraint("users", "uq_users_email", "email")}. */
    default void createUniqueConstraint(String table, String name, String... columns) {
        addConstraint(table, new UniqueConstraint(name, List.of(columns)));
    }

    /**
     * Adds a foreign key:
     * {@code op.createForeignKey("posts", foreignKey("fk_posts_user", "user_id", "users", "id").onDelete(ReferentialAction.CASCADE))}.
     */
    default void createForeignKey(String table, ForeignKey foreignKey) {
        addConstraint(table, foreignKey);
    }

    /** Adds a check constraint: {@code op.createCheckConstraint("users", "ck_users_age", "age >= 0")}. */
    default void createCheckConstraint(String table, String name, String condition) {
        addConstraint(table, new CheckConstraint(name, condition));
    }

    /**
     * Drops a constraint of the given kind by name; not reversible (use
     * {@link #dropConstraint(String, Constraint)} for that):
     * {@code op.dropConstraint("posts", "fk_posts_user", ConstraintKind.FOREIGN_KEY)}.
     */
    default void dropConstraint(String table, String name, ConstraintKind kind) {
        run(new DropConstraint(null, table, name, kind, null));
    }

    /**
     * Drops a constraint, given its definition so the drop can be reversed:
     * {@code op.dropConstraint("users", Constraints.check("ck_users_age", "age >= 0"))}.
     */
    default void dropConstraint(String table, Constraint existing) {
        run(new DropConstraint(null, table, existing.name(), existing.kind(), existing));
    }

    // ---- sequences

    /** Creates a sequence: {@code op.createSequence(Sequence.sequence("order_numbers").startWith(1000).incrementBy(1))}. */
    default void createSequence(Sequence sequence) {
        run(new CreateSequence(sequence, false));
    }

    /**
     * Changes a sequence; {@code existing} is how it is now, so that the change can be reversed:
     * {@code op.alterSequence(sequence("ids").incrementBy(1), sequence("ids").incrementBy(50))}.
     */
    default void alterSequence(Sequence existing, Sequence changed) {
        run(new AlterSequence(
                existing.schema(),
                existing.name(),
                differs(existing.increment(), changed.increment()),
                differs(existing.minValue(), changed.minValue()),
                differs(existing.maxValue(), changed.maxValue()),
                null,
                existing.cycles() == changed.cycles() ? null : changed.cycles(),
                existing));
    }

    private static Long differs(Long before, Long after) {
        return after == null || after.equals(before) ? null : after;
    }

    /**
     * Drops a sequence by name; not reversible (use {@link #dropSequence(Sequence)} for that):
     * {@code op.dropSequence("order_numbers")}.
     */
    default void dropSequence(String name) {
        run(new DropSequence(null, name, false, null));
    }

    /**
     * Drops a sequence, given its definition so the drop can be reversed:
     * {@code op.dropSequence(Sequence.sequence("order_numbers").startWith(1000))}.
     */
    default void dropSequence(Sequence existing) {
        run(new DropSequence(existing.schema(), existing.name(), false, existing));
    }

    // ---- data

    /** Runs one raw SQL statement: {@code op.execute("UPDATE users SET active = TRUE")}. */
    default void execute(String sql) {
        run(new Execute(sql));
    }

    /**
     * Runs one raw SQL statement spelled per dialect ({@code "postgresql"}, {@code "mariadb"},
     * {@code "h2"}, {@code "sqlite"}); {@code sql} is used for the others and may be {@code null}:
     * {@code op.execute("UPDATE users SET name = name || '!'", Map.of("mariadb", "UPDATE users SET name = CONCAT(name, '!')"))}.
     */
    default void execute(@Nullable String sql, Map<String, String> byDialect) {
        run(new Execute(sql, byDialect));
    }

    /**
     * Inserts rows given as maps from column name to value, typed by {@code columns}:
     * {@code op.bulkInsert("users", List.of(column("id", bigint()), column("name", text())), List.of(Map.of("id", 1, "name", "ada")))}.
     */
    default void bulkInsert(String table, List<Column> columns, List<Map<String, ?>> rows) {
        run(BulkInsert.ofMaps(null, table, columns, rows));
    }

    /**
     * Inserts rows given as arrays of values in the order of {@code columns} ({@code null} for SQL
     * NULL), as {@code baseline --data} writes them:
     * {@code op.bulkInsert("users", List.of(column("id", bigint()), column("name", text())), new Object[] {1L, "ada"})}.
     */
    default void bulkInsert(String table, List<Column> columns, @Nullable Object[]... rows) {
        List<List<@Nullable Object>> lists = new java.util.ArrayList<>();
        for (Object[] row : rows) {
            lists.add(java.util.Arrays.asList(row));
        }
        run(new BulkInsert(null, table, columns, lists));
    }

    /**
     * Loads seed rows from a CSV resource on the class path into a table, typed by {@code columns}
     * (one for each column the header names, in any order):
     * {@code op.loadCsv("users", "db/data/users.csv", column("id", bigint()), column("login", varchar(50)))}.
     * The first line names the columns; fields are separated by commas, may be quoted with
     * {@code "} (a quote inside doubled); an unquoted empty field is {@code NULL}, a quoted empty
     * field the empty string. Online the values are bound, offline written as literals.
     */
    default void loadCsv(String table, String resource, Column... columns) {
        loadCsv(table, resource, ',', columns);
    }

    /**
     * {@link #loadCsv(String, String, Column...)} with another separator:
     * {@code op.loadCsv("users", "db/data/users.csv", ';', column("id", bigint()), column("login", varchar(50)))}.
     */
    default void loadCsv(String table, String resource, char separator, Column... columns) {
        run(CsvRows.read(resource, table, separator, List.of(columns)));
    }

    // ---- batch

    /**
     * Changes one table in a batch: {@code op.batchAlterTable("users", batch -> batch.dropColumn("age"))}.
     * On SQLite, whose {@code ALTER TABLE} cannot do most changes, the table is rebuilt with its
     * data, indexes and constraints; elsewhere the changes run one by one.
     */
    default void batchAlterTable(String table, Consumer<BatchOperations> changes) {
        BatchOperations batch = new BatchOperations(null, table);
        changes.accept(batch);
        run(new BatchAlterTable(null, table, batch.changes(), null));
    }

    /**
     * A batch that is told the table's current definition, which SQLite needs in offline
     * ({@code --sql}) mode, where there is no database to read it from (Alembic's {@code copy_from}):
     * {@code op.batchAlterTable(Table.of("users", column("id", bigint()).primaryKey(), column("age", integer())), batch -> batch.dropColumn("age"))}.
     */
    default void batchAlterTable(Table copyFrom, Consumer<BatchOperations> changes) {
        BatchOperations batch = new BatchOperations(copyFrom.schema(), copyFrom.name());
        changes.accept(batch);
        run(new BatchAlterTable(copyFrom.schema(), copyFrom.name(), batch.changes(), copyFrom));
    }
}
