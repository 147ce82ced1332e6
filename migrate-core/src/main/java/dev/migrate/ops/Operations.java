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
import java.util.Arrays;
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
 * <p>Names are used exactly as written and always quoted, so {@code "User"} and {@code "user"}
 * are different tables. Methods that drop something have a variant that takes its definition;
 * only that variant can be reversed (by autogenerate or {@link Operation#reverse()}).
 */
public interface Operations {

    /** Runs (or, offline, renders) one operation. */
    void run(Operation operation);

    /**
     * The live connection, for revisions that must read data. Offline ({@code --sql}) there is
     * none, and this throws an error naming the revision.
     */
    Connection connection();

    /**
     * The dialect this runs for ({@code postgresql}, {@code mariadb}, {@code h2}, {@code sqlite}),
     * for revisions whose SQL differs per database.
     */
    String dialectName();

    /**
     * A value written as a SQL literal of the given type in this dialect, for embedding in
     * {@link #execute(String)} so that the same revision works offline, as Alembic's
     * {@code inline_literal}. Implementations delegate to the dialect's {@code literal(value, type)}.
     */
    String inlineLiteral(@Nullable Object value, ColumnType type);

    // ---- tables

    /** {@code op.createTable("users", column("id", bigint()).identity().primaryKey(), column("email", varchar(255)).notNull())}. */
    default void createTable(String name, TableElement... elements) {
        run(new CreateTable(Table.of(name, elements), false));
    }

    default void createTable(Table table) {
        run(new CreateTable(table, false));
    }

    default void createTableIfNotExists(Table table) {
        run(new CreateTable(table, true));
    }

    /** Drops a table; not reversible (use {@link #dropTable(Table)} for that). */
    default void dropTable(String name) {
        run(new DropTable(null, name, false, null));
    }

    /** Drops a table, given its definition so the drop can be reversed. */
    default void dropTable(Table existing) {
        run(new DropTable(existing.schema(), existing.name(), false, existing));
    }

    default void dropTableIfExists(String name) {
        run(new DropTable(null, name, true, null));
    }

    default void renameTable(String name, String newName) {
        run(new RenameTable(null, name, newName));
    }

    /** Sets a table's comment; {@code existingComment} is what it was, for the reverse. */
    default void setTableComment(String table, String comment, @Nullable String existingComment) {
        run(new SetTableComment(null, table, comment, existingComment));
    }

    default void dropTableComment(String table, @Nullable String existingComment) {
        run(new SetTableComment(null, table, null, existingComment));
    }

    // ---- columns

    default void addColumn(String table, Column column) {
        run(new AddColumn(null, table, column));
    }

    /** Drops a column; not reversible (use {@link #dropColumn(String, Column)} for that). */
    default void dropColumn(String table, String name) {
        run(new DropColumn(null, table, name, null));
    }

    default void dropColumn(String table, Column existing) {
        run(new DropColumn(null, table, existing.name(), existing));
    }

    /** {@code op.alterColumn("users", "email", alter -> alter.type(text()).existingType(varchar(255)).existingNullable(true))}. */
    default void alterColumn(String table, String name, Consumer<AlterColumn.Builder> alteration) {
        AlterColumn.Builder builder = AlterColumn.of(null, table, name);
        alteration.accept(builder);
        run(builder.build());
    }

    // ---- indexes

    /** An index over columns, as Alembic's {@code create_index(name, table, columns)}. */
    default void createIndex(String name, String table, String... columns) {
        run(new CreateIndex(null, table, Index.index(name, columns), false, false));
    }

    /** {@code op.createIndex("users", index("ix_users_email", "email").unique(), IndexOption.CONCURRENTLY)}. */
    default void createIndex(String table, Index index, IndexOption... options) {
        List<IndexOption> given = Arrays.asList(options);
        run(new CreateIndex(null, table, index, given.contains(IndexOption.IF_EXISTS), given.contains(IndexOption.CONCURRENTLY)));
    }

    /** Drops an index; not reversible (use {@link #dropIndex(String, Index, IndexOption...)} for that). */
    default void dropIndex(String name, String table, IndexOption... options) {
        List<IndexOption> given = Arrays.asList(options);
        run(new DropIndex(null, table, name, given.contains(IndexOption.IF_EXISTS), given.contains(IndexOption.CONCURRENTLY), null));
    }

    default void dropIndex(String table, Index existing, IndexOption... options) {
        List<IndexOption> given = Arrays.asList(options);
        run(new DropIndex(null, table, existing.name(), given.contains(IndexOption.IF_EXISTS),
                given.contains(IndexOption.CONCURRENTLY), existing));
    }

    // ---- constraints

    default void addConstraint(String table, Constraint constraint) {
        run(new AddConstraint(null, table, constraint));
    }

    default void createPrimaryKey(String name, String table, String... columns) {
        addConstraint(table, new PrimaryKey(name, List.of(columns)));
    }

    default void createUniqueConstraint(String name, String table, String... columns) {
        addConstraint(table, new UniqueConstraint(name, List.of(columns)));
    }

    /** {@code op.createForeignKey("posts", foreignKey("fk_posts_user", "user_id", "users", "id").onDelete(CASCADE))}. */
    default void createForeignKey(String table, ForeignKey foreignKey) {
        addConstraint(table, foreignKey);
    }

    default void createCheckConstraint(String name, String table, String condition) {
        addConstraint(table, new CheckConstraint(name, condition));
    }

    /** Drops a constraint of the given kind; not reversible (use {@link #dropConstraint(String, Constraint)} for that). */
    default void dropConstraint(String name, String table, ConstraintKind kind) {
        run(new DropConstraint(null, table, name, kind, null));
    }

    default void dropConstraint(String table, Constraint existing) {
        run(new DropConstraint(null, table, existing.name(), existing.kind(), existing));
    }

    // ---- sequences

    default void createSequence(Sequence sequence) {
        run(new CreateSequence(sequence, false));
    }

    /** Changes a sequence; {@code existing} is how it is now, so that the change can be reversed. */
    default void alterSequence(Sequence existing, Sequence changed) {
        run(new AlterSequence(existing.schema(), existing.name(),
                differs(existing.increment(), changed.increment()), differs(existing.minValue(), changed.minValue()),
                differs(existing.maxValue(), changed.maxValue()), null,
                existing.cycles() == changed.cycles() ? null : changed.cycles(), existing));
    }

    private static Long differs(Long before, Long after) {
        return after == null || after.equals(before) ? null : after;
    }

    default void dropSequence(String name) {
        run(new DropSequence(null, name, false, null));
    }

    default void dropSequence(Sequence existing) {
        run(new DropSequence(existing.schema(), existing.name(), false, existing));
    }

    // ---- data

    /** Runs one raw SQL statement. */
    default void execute(String sql) {
        run(new Execute(sql));
    }

    /**
     * Runs one raw SQL statement spelled per dialect ({@code "postgresql"}, {@code "mariadb"},
     * {@code "h2"}, {@code "sqlite"}); {@code sql} is used for the others and may be {@code null}.
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
     * {@code op.loadCsv("db/data/users.csv", "users", column("id", bigint()), column("login", varchar(50)))}.
     * The first line names the columns; fields are separated by commas, may be quoted with
     * {@code "} (a quote inside doubled); an unquoted empty field is {@code NULL}, a quoted empty
     * field the empty string. Online the values are bound, offline written as literals.
     */
    default void loadCsv(String resource, String table, Column... columns) {
        loadCsv(resource, table, ',', columns);
    }

    /** {@link #loadCsv(String, String, Column...)} with another separator, e.g. {@code ';'}. */
    default void loadCsv(String resource, String table, char separator, Column... columns) {
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
     * ({@code --sql}) mode, where there is no database to read it from (Alembic's {@code copy_from}).
     */
    default void batchAlterTable(Table copyFrom, Consumer<BatchOperations> changes) {
        BatchOperations batch = new BatchOperations(copyFrom.schema(), copyFrom.name());
        changes.accept(batch);
        run(new BatchAlterTable(copyFrom.schema(), copyFrom.name(), batch.changes(), copyFrom));
    }
}
