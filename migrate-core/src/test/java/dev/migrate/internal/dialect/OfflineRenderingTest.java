package dev.migrate.internal.dialect;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.check;
import static dev.migrate.schema.Index.index;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.MigrateException;
import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.BatchAlterTable;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.Execute;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;
import dev.migrate.schema.ConstraintKind;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Offline ({@code --sql}) mode renders every operation without a connection, for every dialect;
 * what a database cannot do is refused with a message saying so, not rendered as broken SQL.
 */
class OfflineRenderingTest {

    static final Table USERS = Table.of(
            "users",
            column("id", integer()).primaryKey(),
            column("email", varchar(100)).notNull(),
            index("ix_users_email", "email"));

    static List<Operation> everyOperation() {
        List<Operation> all = new ArrayList<>();
        all.add(new CreateTable(USERS, true));
        all.add(new DropTable(null, "users", true, USERS));
        all.add(new RenameTable(null, "users", "people"));
        all.add(new SetTableComment(null, "users", "people who log in", null));
        all.add(new AddColumn(null, "users", column("bio", text())));
        all.add(new DropColumn(null, "users", "bio", column("bio", text())));
        all.add(AlterColumn.of(null, "users", "email")
                .type(varchar(200))
                .nullable(true)
                .existingType(varchar(100))
                .existingNullable(false)
                .build());
        all.add(new CreateIndex(null, "users", index("ix_users_email", "email").unique(), true, true));
        all.add(new DropIndex(null, "users", "ix_users_email", true, false, null));
        all.add(new AddConstraint(null, "users", check("ck_users_email", "email <> ''")));
        all.add(new DropConstraint(null, "users", "ck_users_email", ConstraintKind.CHECK, null));
        all.add(new CreateSequence(Sequence.sequence("seq").startWith(10), true));
        all.add(new AlterSequence(null, "seq", 2L, null, null, 50L, null, null));
        all.add(new DropSequence(null, "seq", true, null));
        all.add(new Execute("UPDATE users SET email = lower(email)"));
        all.add(new BulkInsert(null, "users", USERS.columns(), List.of(List.of(1, "a@b"))));
        all.add(new BatchAlterTable(
                null,
                "users",
                List.of(
                        new AddColumn(null, "users", column("age", integer())),
                        new DropColumn(null, "users", "email", null)),
                USERS));
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void everyOperationRendersOrIsRefusedWithAReason(String name) {
        Dialect dialect = Dialect.named(name);
        for (Operation operation : everyOperation()) {
            boolean sqliteCannot = name.equals("sqlite")
                    && (operation instanceof AlterColumn
                            || operation instanceof AddConstraint
                            || operation instanceof DropConstraint
                            || operation instanceof CreateSequence
                            || operation instanceof AlterSequence
                            || operation instanceof DropSequence);
            if (sqliteCannot) {
                assertThatThrownBy(() -> dialect.render(operation))
                        .as("%s", operation)
                        .isInstanceOf(MigrateException.class)
                        .hasMessageStartingWith("sqlite cannot");
                continue;
            }
            List<String> sql = dialect.render(operation);
            if (operation instanceof SetTableComment && !dialect.supportsComments()) {
                assertThat(sql).isEmpty();
                continue;
            }
            assertThat(sql).as("%s on %s", operation, name).isNotEmpty().allSatisfy(s -> assertThat(s)
                    .isNotBlank()
                    .doesNotEndWith(";"));
        }
    }
}
