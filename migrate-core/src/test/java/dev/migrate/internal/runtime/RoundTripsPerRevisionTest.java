package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.MigrationListener;
import dev.migrate.MigrationStepInfo;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a revision costs in calls to the database (issue 16, goal 2), counted from the first step's
 * start to the last step's end, and what batching a revision must not change: the failing statement
 * named with its line, the version row's check, the history row's time.
 */
class RoundTripsPerRevisionTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFreshUpgradeSendsEachRevisionWithItsBookkeeping(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            StatementCounter counter = new StatementCounter();
            int[] window = new int[2];
            Migrate migrate = Migrate.configure()
                    .dataSource(counter.wrap(db.dataSource()))
                    .locations("classpath:engine/linear")
                    .listener(new MigrationListener() {
                        @Override
                        public void stepStarting(MigrationStepInfo step, int index, int total) {
                            if (index == 1) {
                                window[0] = counter.calls.size();
                            }
                        }

                        @Override
                        public void stepCompleted(MigrationStepInfo step, int index, int total, Duration elapsed) {
                            window[1] = counter.calls.size();
                        }
                    })
                    .load();

            migrate.upgrade("head");

            List<String> calls = counter.calls.subList(window[0], window[1]);
            // setAutoCommit is client-side in pgJDBC (its BEGIN goes with the batch's first statement)
            List<String> roundTrips = calls.stream()
                    .filter(call -> kind != TestDatabase.POSTGRES || !call.startsWith("setAutoCommit"))
                    .toList();
            System.out.println(
                    kind + ": " + roundTrips.size() + " round trips for 3 revisions:\n  " + String.join("\n  ", calls));
            if (kind == TestDatabase.POSTGRES) {
                // per revision: its statements with its history row and version-table change, then COMMIT
                assertThat(roundTrips).hasSize(6);
                assertThat(roundTrips.get(0)).startsWith("batch of 3: [CREATE TABLE account");
                assertThat(roundTrips.get(2)).startsWith("batch of 4: [ALTER TABLE account");
                assertThat(roundTrips).filteredOn("commit"::equals).hasSize(3);
            } else {
                // DDL commits as it runs, so each revision's start is logged (and committed) before it
                // runs; the second and third revisions' "started" rows go with the bookkeeping of the
                // revision before them, so a revision costs one commit, not two
                assertThat(roundTrips).filteredOn("commit"::equals).hasSize(3);
                assertThat(startedRowsInAutocommit(roundTrips)).isEqualTo(1);
                assertThat(roundTrips)
                        .filteredOn(RoundTripsPerRevisionTest::startsAnAttempt)
                        .hasSize(3);
            }
            assertThat(migrate.current()).containsExactly("c3000000000c");
            assertThat(migrate.appliedHistory())
                    .extracting(AppliedRevision::revision, AppliedRevision::success)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("a1000000000a", true),
                            org.assertj.core.groups.Tuple.tuple("b2000000000b", true),
                            org.assertj.core.groups.Tuple.tuple("c3000000000c", true));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aListenerThatFailsAfterARevisionCommittedStopsTheRunAndLeavesNoTraceOfTheNext(TestDatabase kind)
            throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/linear")
                    .listener(new MigrationListener() {
                        @Override
                        public void stepCompleted(MigrationStepInfo step, int index, int total, Duration elapsed) {
                            throw new IllegalStateException("the listener stops the run after " + step.revision());
                        }
                    })
                    .load();

            Throwable stopped = catchThrowable(() -> migrate.upgrade("head"));

            // the listener's own failure, not the step's: the first revision committed and stays recorded so
            assertThat(stopped)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the listener stops the run after a1000000000a");
            assertThat(migrate.current()).containsExactly("a1000000000a");
            // where DDL commits as it runs, the second revision's "started" row, written with the first
            // one's bookkeeping, is taken back
            assertThat(migrate.appliedHistory())
                    .extracting(AppliedRevision::revision, AppliedRevision::success)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a1000000000a", true));
            assertThat(migrate.unfinishedAttempts()).isEmpty();
        }
    }

    /** How many "started" history rows were written outside a transaction, each a commit of its own. */
    private static long startedRowsInAutocommit(List<String> calls) {
        boolean autocommit = true;
        long count = 0;
        for (String call : calls) {
            if (call.startsWith("setAutoCommit(")) {
                autocommit = call.equals("setAutoCommit(true)");
            } else if (startsAnAttempt(call) && autocommit) {
                count++;
            }
        }
        return count;
    }

    private static boolean startsAnAttempt(String call) {
        return call.startsWith("INSERT INTO") && call.contains("migrate_history") && call.contains("FALSE)");
    }

    @Test
    void aBatchedRevisionRecordsTheTimeItsStatementsTook(@TempDir Path folder) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            Files.writeString(
                    folder.resolve("001_slow.sql"),
                    "-- revision: s1\n-- message: it's \\slow\\\n-- migrate:upgrade\n"
                            + "CREATE TABLE slow (id INT);\n"
                            + "DO $$ BEGIN PERFORM pg_sleep(0.3); END $$;\n"
                            + "-- migrate:downgrade\nDROP TABLE slow;\n");
            Files.writeString(
                    folder.resolve("002_quick.sql"),
                    "-- revision: s2\n-- down_revision: s1\n-- message: it's quick\n-- migrate:upgrade\n"
                            + "CREATE TABLE quick (id INT);\n-- migrate:downgrade\nDROP TABLE quick;\n");
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("filesystem:" + folder)
                    .load();

            migrate.upgrade("heads");

            List<AppliedRevision> history = migrate.appliedHistory();
            assertThat(history).extracting(AppliedRevision::revision).containsExactly("s1", "s2");
            assertThat(history.get(0).executionTime()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            // a backslash is bound, never written into a literal; a quote is written into one
            assertThat(history.get(0).message()).isEqualTo("it's \\slow\\");
            assertThat(history.get(1).message()).isEqualTo("it's quick");
            assertThat(migrate.current()).containsExactly("s2");
        }
    }

    /**
     * With {@code logServerErrorDetail=false} pgJDBC's batch error does not hold the statement, so the
     * revision is run again statement by statement to name it; the report is the same.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFailingStatementOfABatchedRevisionIsNamedWithItsLineAndNothingStays(
            boolean driverNamesTheEntry, @TempDir Path folder) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            Files.writeString(
                    folder.resolve("001_ok.sql"),
                    "-- revision: b1\n-- migrate:upgrade\nCREATE TABLE ok (id INT);\n-- migrate:downgrade\n");
            Files.writeString(
                    folder.resolve("002_bad.sql"),
                    "-- revision: b2\n-- down_revision: b1\n-- migrate:upgrade\n"
                            + "CREATE TABLE half (id INT);\n"
                            + "INSERT INTO half VALUES (1);\n\n"
                            + "INSERT INTO no_such_table VALUES (1);\n"
                            + "CREATE TABLE after_it (id INT);\n"
                            + "-- migrate:downgrade\n");
            StatementCounter counter = new StatementCounter();
            Migrate migrate = Migrate.configure()
                    .dataSource(counter.wrap(
                            driverNamesTheEntry
                                    ? db.dataSource()
                                    : new UrlDataSource(
                                            db.url() + "&logServerErrorDetail=false", db.user(), db.password())))
                    .locations("filesystem:" + folder)
                    .load();

            MigrationFailedException failure =
                    (MigrationFailedException) catchThrowable(() -> migrate.upgrade("heads"));

            assertThat(failure.statement()).isEqualTo("INSERT INTO no_such_table VALUES (1)");
            assertThat(failure.getMessage())
                    .startsWith("Upgrade of revision b2 (")
                    .contains("002_bad.sql) failed at statement (")
                    .contains("002_bad.sql:7):\n    INSERT INTO no_such_table VALUES (1)\nDatabase error: ")
                    .contains("\"no_such_table\" does not exist")
                    .contains("The revision was rolled back; the database is at b1.");
            assertThat(migrate.current()).containsExactly("b1");
            assertThat(migrate.appliedHistory())
                    .extracting(AppliedRevision::revision, AppliedRevision::success)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("b1", true),
                            org.assertj.core.groups.Tuple.tuple("b2", false));
            assertThat(EngineTest.tableExists(db, "half")).isFalse();
            assertThat(EngineTest.tableExists(db, "after_it")).isFalse();
            // the batch failed; only without the entry named by the driver are its statements sent again
            assertThat(counter.statements)
                    .filteredOn(sql -> sql.startsWith("CREATE TABLE half"))
                    .hasSize(driverNamesTheEntry ? 1 : 2);
        }
    }

    @Test
    void aRevisionWithAStatementThatReturnsRowsRunsStatementByStatementAndOnce(@TempDir Path folder) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            Files.writeString(
                    folder.resolve("001_sequence.sql"),
                    "-- revision: q1\n-- migrate:upgrade\n"
                            + "CREATE SEQUENCE numbers;\n"
                            + "SELECT nextval('numbers');\n"
                            + "-- migrate:downgrade\nDROP SEQUENCE numbers;\n");
            StatementCounter counter = new StatementCounter();
            Migrate migrate = Migrate.configure()
                    .dataSource(counter.wrap(db.dataSource()))
                    .locations("filesystem:" + folder)
                    .load();

            migrate.upgrade("heads");

            assertThat(counter.calls).noneMatch(call -> call.startsWith("batch of"));
            assertThat(EngineTest.queryStrings(db, "SELECT last_value FROM numbers"))
                    .containsExactly("1");
            assertThat(migrate.current()).containsExactly("q1");
        }
    }
}
