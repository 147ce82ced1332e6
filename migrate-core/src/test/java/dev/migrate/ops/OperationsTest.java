package dev.migrate.ops;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.foreignKey;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ConstraintKind;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The revision author's API builds the operation records the rest of the engine consumes. */
class OperationsTest {

    /** Records what a revision asks for. */
    static final class Recorder implements Operations {
        final List<Operation> operations = new ArrayList<>();

        @Override
        public void run(Operation operation) {
            operations.add(operation);
        }

        @Override
        public Connection connection() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String dialectName() {
            return "postgresql";
        }

        @Override
        public String inlineLiteral(Object value, ColumnType type) {
            return "'" + value + "'";
        }
    }

    @Test
    void createTableMakesThePrimaryKeyFromTheMarkedColumnsAndMakesThemNotNull() {
        Recorder op = new Recorder();
        op.createTable(
                "users",
                column("id", bigint()).identity().primaryKey(),
                column("email", varchar(255)).notNull());
        Table table = ((CreateTable) op.operations.get(0)).table();
        assertThat(table.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
        assertThat(table.column("id").orElseThrow().nullable()).isFalse();
        assertThat(table.column("id").orElseThrow().isIdentity()).isTrue();
        assertThat(table)
                .isEqualTo(Table.of(
                        "users",
                        column("id", bigint()).identity().primaryKey(),
                        column("email", varchar(255)).notNull()));
    }

    @Test
    void everyMethodBuildsItsRecord() {
        Recorder op = new Recorder();
        op.addColumn("users", column("age", integer()));
        op.dropColumn("users", "age");
        op.alterColumn("users", "email", alter -> alter.type(text())
                .existingType(varchar(255))
                .existingNullable(true));
        op.createIndex("users", "ix_users_email", "email");
        op.createIndex(
                "users",
                index("ix_users_lower", "email").unique(),
                IndexOption.CONCURRENTLY,
                IndexOption.IF_NOT_EXISTS);
        op.dropIndex("users", "ix_users_email", IndexOption.IF_EXISTS);
        op.createForeignKey(
                "posts", foreignKey("fk_posts_user", "user_id", "users", "id").onDelete(ReferentialAction.CASCADE));
        op.dropConstraint("posts", "fk_posts_user", ConstraintKind.FOREIGN_KEY);
        op.alterSequence(
                Sequence.sequence("s").incrementBy(1), Sequence.sequence("s").incrementBy(5));
        op.execute("UPDATE users SET age = 0", Map.of("mariadb", "UPDATE `users` SET age = 0"));
        op.bulkInsert(
                "users",
                List.of(column("id", bigint()), column("email", text())),
                List.of(Map.of("id", 1L), Map.of("email", "a@b")));
        op.batchAlterTable("users", batch -> batch.dropColumn("age").createCheckConstraint("ck", "id > 0"));

        assertThat(op.operations)
                .map(o -> o.getClass().getSimpleName())
                .containsExactly(
                        "AddColumn",
                        "DropColumn",
                        "AlterColumn",
                        "CreateIndex",
                        "CreateIndex",
                        "DropIndex",
                        "AddConstraint",
                        "DropConstraint",
                        "AlterSequence",
                        "Execute",
                        "BulkInsert",
                        "BatchAlterTable");
        CreateIndex concurrent = (CreateIndex) op.operations.get(4);
        assertThat(concurrent.concurrently()).isTrue();
        assertThat(concurrent.ifNotExists()).isTrue();
        AlterSequence alter = (AlterSequence) op.operations.get(8);
        assertThat(alter.increment()).isEqualTo(5L);
        assertThat(alter.maxValue()).isNull();
        BulkInsert insert = (BulkInsert) op.operations.get(10);
        assertThat(insert.rows())
                .containsExactly(java.util.Arrays.asList(1L, null), java.util.Arrays.asList(null, "a@b"));
        assertThat(((BatchAlterTable) op.operations.get(11)).changes()).hasSize(2);
    }

    @Test
    void mistakesAreReportedWhereTheyAreMade() {
        Recorder op = new Recorder();
        assertThatThrownBy(() -> op.bulkInsert("users", List.of(column("id", bigint())), List.of(Map.of("idd", 1))))
                .hasMessageContaining("idd");
        assertThatThrownBy(() -> op.createTable("t", column("a", integer()), column("a", text())))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> column("id", text()).identity()).hasMessageContaining("integer");
        assertThatThrownBy(() -> varchar(0)).hasMessageContaining("positive length");
        assertThatThrownBy(() -> op.execute(" ")).hasMessageContaining("needs a SQL statement");
        assertThatThrownBy(() -> foreignKey("fk", List.of("a", "b"), "t", List.of("id")))
                .hasMessageContaining("2 columns");
    }
}
