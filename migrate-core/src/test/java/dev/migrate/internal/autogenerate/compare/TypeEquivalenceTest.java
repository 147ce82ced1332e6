package dev.migrate.internal.autogenerate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeEquivalenceTest {

    private static final List<ColumnType> MARIADB_BOOLEANS = List.of(
            Types.bool(),
            Types.sqlType("bit"),
            Types.sqlType("BIT(1)"),
            Types.sqlType("tinyint(1)"),
            Types.sqlType("boolean"));

    @Test
    void everyBooleanSpellingIsOneTypeOnMariaDbAndMySql() {
        for (String name : List.of("mariadb", "mysql")) {
            TypeEquivalence types = new TypeEquivalence(Dialect.named(name));
            for (ColumnType database : MARIADB_BOOLEANS) {
                for (ColumnType model : MARIADB_BOOLEANS) {
                    assertThat(types.same(database, model))
                            .as(name + ": " + database + " and " + model)
                            .isTrue();
                }
            }
            assertThat(types.same(Types.sqlType("bit(8)"), Types.bool()))
                    .as("a bit string")
                    .isFalse();
            assertThat(types.same(Types.sqlType("tinyint(4)"), Types.bool()))
                    .as("a small number")
                    .isFalse();
            assertThat(types.same(Types.sqlType("tinyint"), Types.bool())).isFalse();
        }
    }

    @Test
    void bitIsNoBooleanWhereTheDatabaseHasOne() {
        TypeEquivalence types = new TypeEquivalence(Dialect.named("postgresql"));
        assertThat(types.same(Types.sqlType("bit(1)"), Types.bool())).isFalse();
        assertThat(types.same(Types.sqlType("bool"), Types.bool())).isTrue();
    }
}
