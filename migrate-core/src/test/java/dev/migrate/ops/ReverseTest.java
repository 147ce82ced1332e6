package dev.migrate.ops;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Constraints.check;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.schema.ConstraintKind;
import dev.migrate.schema.Sequence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reverses are exact where the operation carries what they need, and say which hint is missing where it does not. */
class ReverseTest {

    @Test
    void alterColumnSwapsTheChangeAndTheHints() {
        AlterColumn change = AlterColumn.of(null, "users", "email")
                .type(text())
                .nullable(false)
                .serverDefault("'x'")
                .rename("mail")
                .existingType(varchar(255))
                .existingNullable(true)
                .existingComment("kept")
                .build();
        AlterColumn reverse = (AlterColumn) change.reverse();
        assertThat(reverse.name()).isEqualTo("mail");
        assertThat(reverse.newName()).isEqualTo("email");
        assertThat(reverse.type()).isEqualTo(varchar(255));
        assertThat(reverse.existingType()).isEqualTo(text());
        assertThat(reverse.nullable()).isTrue();
        assertThat(reverse.existingNullable()).isFalse();
        assertThat(reverse.changesServerDefault()).isTrue();
        assertThat(reverse.serverDefault()).isNull();
        assertThat(reverse.existingServerDefault()).isEqualTo("'x'");
        assertThat(reverse.existingComment()).isEqualTo("kept");
        assertThat(reverse.reverse())
                .isEqualTo(AlterColumn.of(null, "users", "email")
                        .type(text())
                        .nullable(false)
                        .serverDefault("'x'")
                        .rename("mail")
                        .existingType(varchar(255))
                        .existingNullable(true)
                        .existingServerDefault(null)
                        .existingComment("kept")
                        .build());
    }

    @Test
    void dropsWithoutTheirDefinitionCannotBeReversedAndSayWhatToAdd() {
        assertThatThrownBy(() -> new DropTable(null, "users", false, null).reverse())
                .isInstanceOf(IrreversibleOperationException.class)
                .hasMessageContaining("dropTable(\"users\")")
                .hasMessageContaining("dropTable(Table)");
        assertThatThrownBy(() -> new DropColumn(null, "users", "email", null).reverse())
                .hasMessageContaining("column(...)");
        assertThatThrownBy(() -> new DropIndex(null, "users", "ix", false, false, null).reverse())
                .hasMessageContaining("index(...)");
        assertThatThrownBy(() -> new DropConstraint(null, "users", "ck", ConstraintKind.CHECK, null).reverse())
                .hasMessageContaining("constraint's definition");
        assertThatThrownBy(() -> new DropSequence(null, "s", false, null).reverse())
                .hasMessageContaining("sequence's definition");
        assertThatThrownBy(() -> AlterColumn.of(null, "users", "email")
                        .type(text())
                        .build()
                        .reverse())
                .hasMessageContaining("existingType(...)");
        assertThatThrownBy(() -> AlterColumn.of(null, "users", "email")
                        .nullable(false)
                        .build()
                        .reverse())
                .hasMessageContaining("existingNullable(...)");
        assertThatThrownBy(() -> new Execute("DELETE FROM users").reverse()).hasMessageContaining("execute()");
        assertThatThrownBy(() -> new AddConstraint(null, "t", check(null, "a > 0")).reverse())
                .hasMessageContaining("give it a name");
    }

    @Test
    void reversesOfReversesAreTheOriginal() {
        List<Operation> operations = List.of(
                new AddColumn(null, "users", column("age", integer()).notNull().serverDefault("0")),
                new RenameTable("app", "users", "people"),
                new SetTableComment(null, "users", "new", "old"),
                new AddConstraint(null, "users", check("ck_age", "age >= 0")),
                new CreateSequence(Sequence.sequence("s").startWith(5), false),
                new CreateIndex(null, "users", dev.migrate.schema.Index.index("ix_age", "age"), false, true));
        for (Operation operation : operations) {
            assertThat(operation.reverse().reverse()).isEqualTo(operation);
        }
    }

    @Test
    void alterSequenceReverseRestoresTheSettingsItChanged() {
        Sequence before = Sequence.sequence("s").incrementBy(10).maxValue(100);
        AlterSequence change = new AlterSequence(null, "s", 5L, null, 200L, null, true, before);
        AlterSequence reverse = (AlterSequence) change.reverse();
        assertThat(reverse.increment()).isEqualTo(10L);
        assertThat(reverse.maxValue()).isEqualTo(100L);
        assertThat(reverse.cycles()).isFalse();
        assertThat(reverse.existing()).isEqualTo(change.applyTo(before));
    }

    @Test
    void batchesReverseTheirChangesInReverseOrder() {
        BatchOperations batch = new BatchOperations(null, "users");
        batch.addColumn(column("age", integer())).alterColumn("name", a -> a.rename("full_name"));
        BatchAlterTable change = new BatchAlterTable(null, "users", batch.changes(), null);
        BatchAlterTable reverse = (BatchAlterTable) change.reverse();
        assertThat(reverse.changes())
                .containsExactly(
                        change.changes().get(1).reverse(),
                        change.changes().get(0).reverse());
        assertThatThrownBy(() -> new BatchAlterTable(null, "users", List.of(new Execute("x")), null))
                .hasMessageContaining("cannot hold a Execute");
        assertThatThrownBy(() -> new BatchAlterTable(
                        null, "users", List.of(new AddColumn(null, "other", column("a", integer()))), null))
                .hasMessageContaining("holds a change of table other");
    }

    @Test
    void onlyConcurrentIndexOperationsNeedToRunOutsideATransaction() {
        assertThat(new CreateIndex(null, "t", dev.migrate.schema.Index.index("ix", "a"), false, true)
                        .requiresNoTransaction())
                .isTrue();
        assertThat(new CreateIndex(null, "t", dev.migrate.schema.Index.index("ix", "a"), false, false)
                        .requiresNoTransaction())
                .isFalse();
        assertThat(new DropIndex(null, "t", "ix", false, true, null).requiresNoTransaction())
                .isTrue();
        assertThat(new Execute("x", Map.of()).requiresNoTransaction()).isFalse();
    }
}
