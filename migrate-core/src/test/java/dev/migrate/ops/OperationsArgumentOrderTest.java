package dev.migrate.ops;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.LiveDatabase;
import dev.migrate.internal.dialect.Target;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ConstraintKind;
import dev.migrate.schema.Table;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link Operations} method takes the table first, then the name of what it creates or drops
 * there, and each {@link IndexOption} is accepted only where its name says what it does.
 */
class OperationsArgumentOrderTest {

    @Test
    void theTableComesFirstAndTheNameSecondInEveryMethodThatTakesBoth() {
        OperationsTest.Recorder op = new OperationsTest.Recorder();
        op.createIndex("users", "ix_users_email", "email");
        op.dropIndex("users", "ix_users_email");
        op.createPrimaryKey("users", "pk_users", "id");
        op.createUniqueConstraint("users", "uq_users_email", "email");
        op.createCheckConstraint("users", "ck_users_id", "id > 0");
        op.dropConstraint("users", "uq_users_email", ConstraintKind.UNIQUE);

        CreateIndex create = (CreateIndex) op.operations.get(0);
        assertThat(create.table()).isEqualTo("users");
        assertThat(create.index().name()).isEqualTo("ix_users_email");
        DropIndex drop = (DropIndex) op.operations.get(1);
        assertThat(drop.table()).isEqualTo("users");
        assertThat(drop.name()).isEqualTo("ix_users_email");
        for (int i = 2; i <= 4; i++) {
            AddConstraint add = (AddConstraint) op.operations.get(i);
            assertThat(add.table()).isEqualTo("users");
            assertThat(add.constraint().name()).isIn("pk_users", "uq_users_email", "ck_users_id");
        }
        DropConstraint dropConstraint = (DropConstraint) op.operations.get(5);
        assertThat(dropConstraint.table()).isEqualTo("users");
        assertThat(dropConstraint.name()).isEqualTo("uq_users_email");
    }

    @Test
    void anIndexOptionIsRefusedWhereItsNameWouldMeanSomethingElse() {
        OperationsTest.Recorder op = new OperationsTest.Recorder();
        assertThatThrownBy(() -> op.createIndex("users", index("ix_users_email", "email"), IndexOption.IF_EXISTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("createIndex does not take IndexOption.IF_EXISTS; use IndexOption.IF_NOT_EXISTS");
        assertThatThrownBy(() -> op.dropIndex("users", "ix_users_email", IndexOption.IF_NOT_EXISTS))
                .hasMessage("dropIndex does not take IndexOption.IF_NOT_EXISTS; use IndexOption.IF_EXISTS");
        assertThatThrownBy(() -> op.dropIndex("users", index("ix_users_email", "email"), IndexOption.IF_NOT_EXISTS))
                .hasMessage("dropIndex does not take IndexOption.IF_NOT_EXISTS; use IndexOption.IF_EXISTS");
        assertThat(op.operations).isEmpty();

        op.createIndex("users", index("ix_users_email", "email"), IndexOption.IF_NOT_EXISTS);
        op.dropIndex("users", "ix_users_email", IndexOption.IF_EXISTS);
        assertThat(((CreateIndex) op.operations.get(0)).ifNotExists()).isTrue();
        assertThat(((DropIndex) op.operations.get(1)).ifExists()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgresql | DROP INDEX ix_users_email                 | DROP INDEX IF EXISTS ix_users_email",
                "mariadb    | DROP INDEX ix_users_email ON users        | DROP INDEX IF EXISTS ix_users_email ON users",
                "h2         | DROP INDEX ix_users_email                 | DROP INDEX IF EXISTS ix_users_email",
                "sqlite     | DROP INDEX ix_users_email                 | DROP INDEX IF EXISTS ix_users_email"
            })
    void dropIndexTableFirstRendersTheIndexOfThatTable(String dialect, String plain, String ifExists) {
        OperationsTest.Recorder op = new OperationsTest.Recorder();
        op.dropIndex("users", "ix_users_email");
        op.dropIndex("users", "ix_users_email", IndexOption.IF_EXISTS);
        op.dropIndex("users", index("ix_users_email", "email"));
        Dialect sql = Dialect.named(dialect);
        assertThat(sql.render(op.operations.get(0))).containsExactly(plain);
        assertThat(sql.render(op.operations.get(1))).containsExactly(ifExists);
        assertThat(sql.render(op.operations.get(2))).containsExactly(plain);
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void createAndDropIndexTableFirstOnTheDatabase(Target target) {
        try (LiveDatabase db = target.open()) {
            Operations op = on(db);
            op.createTable(Table.of("users", column("id", bigint()).primaryKey(), column("email", varchar(100))));
            op.createIndex("users", "ix_users_email", "email");
            op.createIndex("users", index("ix_users_email", "email"), IndexOption.IF_NOT_EXISTS);
            assertThat(db.snapshot().has("table/users/index/ix_users_email")).isTrue();

            op.dropIndex("users", "ix_users_email");
            assertThat(db.snapshot().has("table/users/index/ix_users_email")).isFalse();
            op.dropIndex("users", "ix_users_email", IndexOption.IF_EXISTS);
            assertThat(db.snapshot().has("table/users")).isTrue();
        }
    }

    /** The operations API over a live test database, as a revision sees it. */
    private static Operations on(LiveDatabase db) {
        return new Operations() {
            @Override
            public void run(Operation operation) {
                db.run(operation);
            }

            @Override
            public Connection connection() {
                return db.connection();
            }

            @Override
            public String dialectName() {
                return db.dialect().name();
            }

            @Override
            public String inlineLiteral(Object value, ColumnType type) {
                return db.dialect().literal(value, type);
            }
        };
    }
}
