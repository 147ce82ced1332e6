package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ddl_lock_timeout and ddl_retries against a second session holding a lock on the table: the
 * ALTER gives up within the timeout, is tried again, and succeeds once the lock is released,
 * while a reader of the table never waits longer than the timeout.
 */
class DdlLockTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @org.junit.jupiter.api.Test
    void onH2TheSessionTimeoutIsSetAndPutBackAroundTheRun(@TempDir Path folder) throws Exception {
        // H2's ALTER TABLE does not wait for another session's row lock, so only the statements are checked here
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            db.execute("CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(50))");
            writeRevision(folder);
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("filesystem:" + folder)
                    .ddlLockTimeout(TIMEOUT)
                    .ddlRetries(2)
                    .load();

            migrate.upgrade("heads");

            assertThat(migrate.current()).containsExactly("l1");
            assertThat(columnExists(db, "email")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB"})
    void aBlockedRevisionGivesUpWithinTheTimeoutAndSucceedsOnARetryOnceTheLockIsReleased(
            TestDatabase kind, @TempDir Path folder) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            db.execute(
                    "CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(50))",
                    "INSERT INTO accounts (id, name) VALUES (1, 'ann')");
            writeRevision(folder);
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("filesystem:" + folder)
                    .ddlLockTimeout(TIMEOUT)
                    .ddlRetries(5)
                    .load();
            try (Connection holder = db.connect();
                    Connection reader = db.connect()) {
                holdRowLock(holder);
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicLong longestRead = new AtomicLong();
                CompletableFuture<Void> reads =
                        CompletableFuture.runAsync(() -> readWhile(reader, running, longestRead));
                // released after the first attempt gave up and before the back-offs end
                CompletableFuture<Void> release = CompletableFuture.runAsync(() -> commitAfter(holder, 2500));

                long start = System.nanoTime();
                migrate.upgrade("heads");
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                running.set(false);
                reads.get(10, TimeUnit.SECONDS);
                release.get(10, TimeUnit.SECONDS);

                assertThat(migrate.current()).containsExactly("l1");
                assertThat(columnExists(db, "email")).isTrue();
                // at least one attempt gave up (logged as failed) before the one that succeeded
                assertThat(migrate.appliedHistory())
                        .extracting(AppliedRevision::success)
                        .contains(false)
                        .last()
                        .isEqualTo(true);
                assertThat(elapsedMs).isGreaterThanOrEqualTo(2500);
                // the reader queued behind the ALTER only while the ALTER waited: at most the timeout
                assertThat(longestRead.get()).isLessThan(TIMEOUT.toMillis() + 700);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB"})
    void theFailureNamesTheSessionHoldingTheLock(TestDatabase kind, @TempDir Path folder) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            db.execute(
                    "CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(50))",
                    "INSERT INTO accounts (id, name) VALUES (1, 'ann')");
            writeRevision(folder);
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("filesystem:" + folder)
                    .ddlLockTimeout(TIMEOUT)
                    .ddlRetries(0)
                    .load();
            try (Connection holder = db.connect()) {
                String holderId;
                try (Statement statement = holder.createStatement()) {
                    if (kind == TestDatabase.POSTGRES) {
                        statement.execute("SET application_name = 'nightly-report'");
                    }
                    try (ResultSet id = statement.executeQuery(
                            kind == TestDatabase.POSTGRES ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
                        id.next();
                        holderId = id.getString(1);
                    }
                }
                holdRowLock(holder);

                long start = System.nanoTime();
                MigrationFailedException failure =
                        catchThrowableOfType(MigrationFailedException.class, () -> migrate.upgrade("heads"));
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                holder.rollback();

                assertThat(elapsedMs).isLessThan(TIMEOUT.toMillis() + 2000);
                assertThat(failure.revision()).isEqualTo("l1");
                assertThat(failure.getMessage())
                        .contains("gave up waiting for a lock after 1 s")
                        .contains("No retry was configured (ddl_retries=0)")
                        .contains(kind == TestDatabase.POSTGRES ? "pid " + holderId : "connection id " + holderId);
                if (kind == TestDatabase.POSTGRES) {
                    assertThat(failure.getMessage()).contains("nightly-report").contains("idle in transaction");
                }
                assertThat(migrate.current()).isEmpty();
                assertThat(columnExists(db, "email")).isFalse();
                // the session's own lock timeout is given back (the connection may return to a pool)
            }
        }
    }

    private static void writeRevision(Path folder) throws Exception {
        Files.writeString(
                folder.resolve("001_email.sql"),
                "-- revision: l1\n-- migrate:upgrade\n"
                        + "ALTER TABLE accounts ADD COLUMN email VARCHAR(100);\n"
                        + "-- migrate:downgrade\nALTER TABLE accounts DROP COLUMN email;\n");
    }

    /** An open transaction that locked a row: the table's lock an ALTER must wait for. */
    private static void holdRowLock(Connection holder) throws Exception {
        holder.setAutoCommit(false);
        try (Statement statement = holder.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM accounts WHERE id = 1 FOR UPDATE")) {
            rows.next();
        }
    }

    private static void commitAfter(Connection holder, long millis) {
        try {
            Thread.sleep(millis);
            holder.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readWhile(Connection reader, AtomicBoolean running, AtomicLong longest) {
        try (Statement statement = reader.createStatement()) {
            while (running.get()) {
                long start = System.nanoTime();
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM accounts")) {
                    rows.next();
                }
                longest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean columnExists(ScratchDatabase db, String column) throws Exception {
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT " + column + " FROM accounts").close();
            return true;
        } catch (java.sql.SQLException missing) {
            return false;
        }
    }
}
