package dev.migrate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.internal.autogenerate.CheckResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Benchmark 3's schema, on embedded H2: check finds the one extra column, Hibernate's validation accepts it. */
class CheckFixtureTest {

    @TempDir
    static Path work;

    @BeforeAll
    static void quiet() {
        Tools.quiet();
    }

    @Test
    void checkFindsTheOneExtraColumnAndHibernateValidationPasses() {
        try (CheckFixture fixture = CheckFixture.create(BenchDatabase.H2, work, 4)) {
            assertThat(fixture.target().tableCount()).isGreaterThanOrEqualTo(4);
            CheckResult result = CheckBenchmark.checkFromEntities(fixture.migrate(), fixture.loaded());

            assertThat(result.differences())
                    .singleElement()
                    .asString()
                    .contains(EntityClasses.table(2))
                    .contains(CheckFixture.EXTRA_COLUMN);
            assertThatCode(() -> CheckBenchmark.requireOneDifference(result)).doesNotThrowAnyException();
            try (HibernateValidation validation =
                    new HibernateValidation(fixture.loaded(), fixture.target().dataSource())) {
                assertThatCode(validation::validate).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void hibernateValidationRejectsASchemaWithoutAnEntitysColumn() throws Exception {
        try (CheckFixture fixture = CheckFixture.create(BenchDatabase.H2, work, 4)) {
            try (Connection connection = fixture.target().connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + EntityClasses.table(3) + " DROP COLUMN amount");
            }
            try (HibernateValidation validation =
                    new HibernateValidation(fixture.loaded(), fixture.target().dataSource())) {
                assertThatThrownBy(validation::validate).hasMessageContaining("amount");
            }
            assertThatThrownBy(() -> CheckBenchmark.requireOneDifference(
                            CheckBenchmark.checkFromEntities(fixture.migrate(), fixture.loaded())))
                    .hasMessageContaining("amount");
        }
    }
}
