package dev.migrate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every contender, on embedded H2, creates the workload's tables and does nothing the second time. */
class ContenderTest {

    @TempDir
    static Path root;

    @BeforeAll
    static void quiet() {
        Tools.quiet();
    }

    @ParameterizedTest
    @EnumSource(Contender.class)
    void createsEveryTableThenFindsNothingToDo(Contender contender) throws Exception {
        Workload workload = Workload.write(root, 3);
        try (Target target = BenchDatabase.H2.fresh()) {
            contender.upgrade(target, workload);
            int afterFirst = target.tableCount();

            if (contender != Contender.JDBC) {
                contender.upgrade(target, workload);
            }

            assertThat(afterFirst).isGreaterThanOrEqualTo(3);
            assertThat(target.tableCount()).isEqualTo(afterFirst);
        }
    }
}
