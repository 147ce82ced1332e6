package dev.migrate.spring.boot.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.fixture.FixtureApplication;
import dev.migrate.spring.boot.fixture.FixtureDatabase;
import dev.migrate.spring.boot.fixture.FixtureProcesses;
import dev.migrate.spring.boot.fixture.FixtureProcesses.Run;
import dev.migrate.spring.boot.fixture.FixtureProcesses.Started;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Four instances of one application booting together on one database, each a JVM of its own
 * that waits for the same instant before starting Spring: each revision is applied once, by one
 * of them, the others wait for its lock and say so, and all four start.
 */
class ConcurrentStartupProcessTests {

    private static final int INSTANCES = 4;

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB"})
    void fourInstancesStartingTogetherApplyEachRevisionOnce(TestDatabase kind) throws Exception {
        try (ScratchDatabase scratch = TestDatabases.create(kind)) {
            FixtureDatabase database = FixtureDatabase.of(scratch);
            // The first revision lasts long enough that the later instances find its lock taken.
            FixtureProcesses app = new FixtureProcesses(this.directory, database)
                    .with("SPRING_JPA_HIBERNATE_DDL_AUTO", "validate")
                    .with("FIXTURE_REVISION_PAUSE_MS", "4000")
                    .with("FIXTURE_START_AT", Instant.now().plusSeconds(8).toString());
            List<Started> started = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                started.add(app.start());
            }
            List<Run> runs = new ArrayList<>();
            for (Started instance : started) {
                runs.add(instance.finish());
            }

            for (Run run : runs) {
                assertThat(run.exitCode()).as(run.toString()).isZero();
                assertThat(run.output())
                        .as("Hibernate validated the upgraded schema and the application started")
                        .contains("Started FixtureApplication");
            }
            assertThat(runs)
                    .as("one instance ran the first revision")
                    .filteredOn((run) -> run.output().contains("Running upgrade  -> " + FixtureApplication.CREATE_NOTE))
                    .hasSize(1);
            List<Run> waiters = runs.stream()
                    .filter((run) -> run.output().contains("Waiting for lock"))
                    .toList();
            assertThat(waiters).as("instances that found the lock taken").isNotEmpty();
            assertThat(waiters).allSatisfy((run) -> assertThat(run.output())
                    .contains("Took lock")
                    .contains("revisions the other instance applied are not run again")
                    .doesNotContain("Running upgrade"));

            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement()) {
                assertThat(rows(statement, "SELECT revision FROM migrate_history ORDER BY id"))
                        .containsExactly(FixtureApplication.CREATE_NOTE, FixtureApplication.ADD_BODY);
                assertThat(rows(statement, "SELECT version_num FROM migrate_version"))
                        .containsExactly(FixtureApplication.ADD_BODY);
            }
        }
    }

    private static List<String> rows(Statement statement, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
