package dev.migrate.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.graph.RevisionNode;
import dev.migrate.ops.Operations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tests for {@link RevisionSqlRenderer}.
 */
class RevisionSqlRendererTests {

    @Test
    void rendersEachStatementOfTheUpgradeWithTheDelimiter() {
        RevisionScript script = script("1a2b", new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.execute("CREATE TABLE book (id BIGINT PRIMARY KEY)");
                op.execute("CREATE INDEX ix_book ON book (id)");
            }

            @Override
            public void downgrade(Operations op) {
                op.execute("DROP TABLE book");
            }
        });
        assertThat(new RevisionSqlRenderer(Dialect.named("postgresql")).renderUpgrade(script))
                .isEqualTo("CREATE TABLE book (id BIGINT PRIMARY KEY);\nCREATE INDEX ix_book ON book (id);\n");
    }

    @Test
    void revisionsSeeTheDialectTheyAreRenderedFor() {
        RevisionScript script = script("1a2b", new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.execute("-- for " + op.dialectName());
            }

            @Override
            public void downgrade(Operations op) {}
        });
        assertThat(new RevisionSqlRenderer(Dialect.named("mariadb")).renderUpgrade(script))
                .contains("mariadb");
    }

    @Test
    void anUpgradeThatReadsTheDatabaseCannotBeRenderedAndTheErrorNamesIt() {
        RevisionScript script = script("9f8e", new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.connection();
            }

            @Override
            public void downgrade(Operations op) {}
        });
        assertThatExceptionOfType(MigrateException.class)
                .isThrownBy(() -> new RevisionSqlRenderer(Dialect.named("h2")).renderUpgrade(script))
                .withMessageContaining("9f8e")
                .withMessageContaining("db.migrations.R9f8e");
    }

    private static RevisionScript script(String id, Migration migration) {
        return new RevisionScript(
                new RevisionNode(id, List.of(), Set.of(), List.of(), "test"),
                RevisionScript.Kind.JAVA,
                "db.migrations.R" + id,
                null,
                true,
                migration);
    }
}
