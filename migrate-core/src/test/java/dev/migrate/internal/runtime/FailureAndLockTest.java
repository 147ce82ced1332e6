package dev.migrate.internal.runtime;

import static dev.migrate.internal.runtime.EngineTest.count;
import static dev.migrate.internal.runtime.EngineTest.tableExists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrateSettings;
import dev.migrate.MigrationListener;
import dev.migrate.MigrationResult;
import dev.migrate.internal.dialect.DatabaseLock;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a user sees when a revision fails, and how runners share a database. */
class FailureAndLockTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailingRevisionNamesItselfAndLeavesTheLastGoodRevision(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = EngineTest.migrate(db, "engine/failing");

            MigrationFailedException failure = (MigrationFailedException) catchFailure(() -> migrate.upgrade("heads"));

            assertThat(failure.revision()).isEqualTo("f2000000000f");
            assertThat(failure.getMessage())
                    .contains("Upgrade of revision f2000000000f")
                    .contains("002_bad.sql")
                    .contains("INSERT INTO no_such_table (id) VALUES (1)")
                    .containsIgnoringCase("no_such_table");
            assertThat(migrate.current()).containsExactly("f1000000000f");
            assertThat(failure.headsAfter()).containsExactly("f1000000000f");
            assertThat(count(db, "SELECT COUNT(*) FROM migrate_history WHERE revision = 'f2000000000f'"))
                    .isEqualTo(1);
            assertThat(migrate.appliedHistory())
                    .extracting(AppliedRevision::success)
                    .containsExactly(true, false);
            if (kind != TestDatabase.POSTGRES) {
                // MariaDB and H2 commit DDL as it runs: the message says exactly what stayed.
                assertThat(tableExists(db, "half")).isTrue();
                assertThat(failure.getMessage())
                        .contains("may be partly applied")
                        .contains("CREATE TABLE half")
                        .contains("records f1000000000f");
            } else {
                assertThat(tableExists(db, "half")).isFalse();
                assertThat(failure.getMessage()).contains("rolled back").contains("database is at f1000000000f");
            }
        }
    }

    @Test
    void aPendingRevisionThatCannotBeSplitStopsTheRunBeforeAnythingRuns(@TempDir Path folder) throws Exception {
        // MariaDB commits DDL as it runs: only splitting every pending revision first keeps 'first' from being created.
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.MARIADB)) {
            Files.writeString(
                    folder.resolve("001_first.sql"),
                    "-- revision: a1\n-- migrate:upgrade\n"
                            + "CREATE TABLE first (id INT);\n-- migrate:downgrade\nDROP TABLE first;\n");
            Files.writeString(
                    folder.resolve("002_broken.sql"),
                    "-- revision: a2\n-- down_revision: a1\n"
                            + "-- migrate:upgrade\nINSERT INTO first VALUES ('open);\n-- migrate:downgrade\n");
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("filesystem:" + folder)
                    .load();

            assertThatThrownBy(() -> migrate.upgrade("heads"))
                    .hasMessageContaining(
                            "002_broken.sql:4: the string literal that starts here with ' is never closed");
            assertThat(tableExists(db, "first")).isFalse();
            assertThat(migrate.current()).isEmpty();
        }
    }

    @Test
    void inOneTransactionAFailureUndoesTheWholeRunOnPostgres() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/failing")
                    .transactionPerMigration(false)
                    .load();

            Throwable failure = catchFailure(() -> migrate.upgrade("heads"));

            assertThat(failure).hasMessageContaining("whole run").hasMessageContaining("database is at base");
            assertThat(migrate.current()).isEmpty();
            assertThat(tableExists(db, "good")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"MARIADB", "H2"})
    void oneTransactionForTheRunIsRefusedWhereDdlCommits(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/failing")
                    .transactionPerMigration(false)
                    .load();

            assertThatThrownBy(() -> migrate.upgrade("heads"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageStartingWith("transaction_per_migration=false (Spring Boot: "
                            + "migrate.transaction-per-migration; API: transactionPerMigration(false))")
                    .hasMessageContaining(
                            kind == TestDatabase.MARIADB ? "which mariadb cannot give" : "which h2 cannot give")
                    .hasMessageContaining("Nothing was run. Remove the setting");
            assertThatThrownBy(() -> migrate.downgrade("base"))
                    .hasMessageStartingWith("transaction_per_migration=false");
            assertThat(tableExists(db, "good")).isFalse();
            assertThat(tableExists(db, "migrate_version")).isFalse();
            assertThat(migrate.current()).isEmpty();

            // Each revision in its own transaction, the same scripts stop at the last good revision.
            Migrate perRevision = EngineTest.migrate(db, "engine/failing");
            assertThatThrownBy(() -> perRevision.upgrade("heads")).isInstanceOf(MigrationFailedException.class);
            assertThat(perRevision.current()).containsExactly("f1000000000f");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRunnerWaitsForTheLockThenFindsWhatIsLeft(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind);
                Connection holder = db.connect()) {
            DatabaseLock lock = Dialect.of(holder).lock();
            String name = MigrationRunner.lockName(holder, MigrateSettings.defaults());
            assertThat(lock.acquire(holder, name, Duration.ofSeconds(5))).isTrue();

            CountDownLatch waiting = new CountDownLatch(1);
            AtomicReference<Duration> waited = new AtomicReference<>();
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/linear")
                    .lockTimeout(Duration.ofSeconds(30))
                    .listener(new MigrationListener() {
                        @Override
                        public void lockWaiting(String lockName, String holderDescription) {
                            waiting.countDown();
                        }

                        @Override
                        public void lockAcquired(String lockName, Duration time) {
                            waited.set(time);
                        }
                    })
                    .load();
            CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> migrate.upgrade("heads"));

            assertThat(waiting.await(10, TimeUnit.SECONDS))
                    .as("the runner reports that it waits")
                    .isTrue();
            Thread.sleep(300);
            assertThat(run).isNotDone();
            lock.release(holder, name);

            MigrationResult result = run.get(30, TimeUnit.SECONDS);
            assertThat(result.steps()).hasSize(3);
            assertThat(waited.get()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(migrate.current()).containsExactly("c3000000000c");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRunnerGivesUpAfterTheLockTimeoutNamingTheLockAndItsHolder(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind);
                Connection holder = db.connect()) {
            DatabaseLock lock = Dialect.of(holder).lock();
            String name = MigrationRunner.lockName(holder, MigrateSettings.defaults());
            assertThat(lock.acquire(holder, name, Duration.ofSeconds(5))).isTrue();
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/linear")
                    .lockTimeout(Duration.ofMillis(500))
                    .load();

            assertThatThrownBy(() -> migrate.upgrade("heads"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("Could not take the migration lock")
                    .hasMessageContaining("within 500 ms")
                    .hasMessageContaining("Nothing was run")
                    .hasMessageContaining(
                            switch (kind) {
                                case POSTGRES -> "held by PostgreSQL backend pid";
                                case MARIADB -> "held by MariaDB connection";
                                case H2 -> "H2 row lock";
                            });
            lock.release(holder, name);
            assertThat(migrate.current()).isEmpty();
        }
    }

    @Test
    @Timeout(60)
    void aRevisionOutsideATransactionRunsUnderTheLockWithoutHanging() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            Migrate migrate = EngineTest.migrate(db, "engine/concurrent");

            migrate.upgrade("heads");

            assertThat(migrate.current()).containsExactly("c0000000002c");
            assertThat(count(db, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'big_code_idx'"))
                    .isEqualTo(1);
            migrate.downgrade("base");
            assertThat(tableExists(db, "big")).isFalse();
        }
    }

    private static Throwable catchFailure(Runnable run) {
        try {
            run.run();
        } catch (MigrateException e) {
            return e;
        }
        throw new AssertionError("expected the run to fail");
    }
}
