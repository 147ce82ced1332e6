package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.MigrationResult;
import dev.migrate.MigrationStepInfo;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import engine.interrupted.SlowRevision;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A runner killed with SIGKILL in the middle of a revision, and a connection killed from the
 * database's side: the state stays exact, the lock is free at once, and the next run completes
 * (after the partial DDL is cleaned where the database cannot roll it back).
 */
@Timeout(180)
class InterruptionTest {

    private static final String FIRST = "1e0000000001";
    private static final String SLOW = "1e0000000002";

    @TempDir
    Path temp;

    @Test
    void killedProcessOnPostgres() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            killMidRevision(db.url(), db);
            Migrate retry = retry(db.dataSource());
            assertThat(retry.current()).containsExactly(FIRST);
            assertThat(EngineTest.tableExists(db, "partial_ddl"))
                    .as("the killed revision was rolled back")
                    .isFalse();
            assertThat(retry.upgrade("heads").steps())
                    .extracting(MigrationStepInfo::revision)
                    .containsExactly(SLOW);
            assertThat(retry.current()).containsExactly(SLOW);
        }
    }

    @Test
    void killedProcessOnMariaDb() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.MARIADB)) {
            killMidRevision(db.url(), db);
            assertPartlyAppliedThenRecovered(db, db.dataSource());
        }
    }

    @Test
    void killedProcessOnH2Server() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:" + db.name();
            try (Connection keepOpen = DriverManager.getConnection(url, db.user(), db.password())) {
                killMidRevision(url, db);
                DataSource dataSource = new UrlDataSource(url, db.user(), db.password());
                Migrate retry = retry(dataSource);
                assertThat(retry.current()).containsExactly(FIRST);
                assertThat(retry.unfinishedAttempts())
                        .extracting(AppliedRevision::revision)
                        .containsExactly(SLOW);
                assertRetryNamesTheEarlierAttempt(retry);
                try (Statement s = keepOpen.createStatement()) {
                    s.execute("DROP TABLE partial_ddl");
                }
                retry.upgrade("heads");
                assertThat(retry.current()).containsExactly(SLOW);
                assertThat(retry.unfinishedAttempts()).isEmpty();
            }
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB"})
    void connectionKilledByTheDatabase(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/interrupted")
                    .load();
            System.setProperty(SlowRevision.SLOW_PROPERTY, "true");
            CompletableFuture<MigrationResult> run;
            try {
                run = CompletableFuture.supplyAsync(() -> migrate.upgrade("heads"));
                long backend = waitForSleepingSession(db, kind);
                db.execute(
                        kind == TestDatabase.POSTGRES
                                ? "SELECT pg_terminate_backend(" + backend + ")"
                                : "KILL " + backend);
                assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class)
                        .cause()
                        .isInstanceOf(MigrationFailedException.class)
                        .hasMessageContaining("Upgrade of revision " + SLOW)
                        .hasMessageContaining("engine.interrupted.SlowRevision");
            } finally {
                System.clearProperty(SlowRevision.SLOW_PROPERTY);
            }
            Migrate retry = retry(db.dataSource());
            assertThat(retry.current()).containsExactly(FIRST);
            if (kind == TestDatabase.POSTGRES) {
                assertThat(EngineTest.tableExists(db, "partial_ddl")).isFalse();
                retry.upgrade("heads");
                assertThat(retry.current()).containsExactly(SLOW);
            } else {
                assertPartlyAppliedThenRecovered(db, db.dataSource());
            }
        }
    }

    private void assertPartlyAppliedThenRecovered(ScratchDatabase db, DataSource dataSource) throws Exception {
        Migrate retry = retry(dataSource);
        assertThat(retry.current()).containsExactly(FIRST);
        List<AppliedRevision> unfinished = retry.unfinishedAttempts();
        assertThat(unfinished).extracting(AppliedRevision::revision).containsExactly(SLOW);
        assertThat(unfinished.get(0).success()).isFalse();
        assertThat(EngineTest.tableExists(db, "partial_ddl"))
                .as("MariaDB committed the DDL before the kill")
                .isTrue();
        assertRetryNamesTheEarlierAttempt(retry);
        db.execute("DROP TABLE partial_ddl");
        retry.upgrade("heads");
        assertThat(retry.current()).containsExactly(SLOW);
        assertThat(retry.unfinishedAttempts()).isEmpty();
    }

    /** A retry trips over what the killed attempt left, and says so instead of "no statement completed". */
    private static void assertRetryNamesTheEarlierAttempt(Migrate retry) {
        assertThatThrownBy(() -> retry.upgrade("heads"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("CREATE TABLE partial_ddl")
                .hasMessageContaining("No statement of " + SLOW + " completed in this attempt.")
                .hasMessageContaining("An earlier attempt may have left part of it: The upgrade of " + SLOW
                        + " (engine.interrupted.SlowRevision) started at ")
                .hasMessageContaining("did not complete: it failed, or its process was killed.");
        assertThat(retry.unfinishedAttempts())
                .extracting(AppliedRevision::revision)
                .containsExactly(SLOW);
    }

    /** Starts a runner in its own JVM, waits until it is inside the slow revision, and kills it with SIGKILL. */
    private void killMidRevision(String url, ScratchDatabase db) throws Exception {
        Path start = temp.resolve("start");
        Files.createFile(start);
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                UpgradeProcess.class.getName(),
                url,
                db.user(),
                db.password(),
                "classpath:engine/interrupted",
                start.toString());
        builder.environment().put("MIGRATE_TEST_SLOW", "1");
        builder.redirectError(temp.resolve("stderr.txt").toFile());
        Process process = builder.start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("STEP " + SLOW)) {
                // READY, STEP of the first revision …
            }
            assertThat(line)
                    .as(
                            "the runner reached the slow revision; stderr: %s",
                            Files.readString(temp.resolve("stderr.txt")))
                    .isEqualTo("STEP " + SLOW);
            Thread.sleep(1000);
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A runner that gives up quickly: the lock must be free at once after the kill. */
    private static Migrate retry(DataSource dataSource) {
        return Migrate.configure()
                .dataSource(dataSource)
                .locations("classpath:engine/interrupted")
                .lockTimeout(Duration.ofSeconds(5))
                .load();
    }

    private static long waitForSleepingSession(ScratchDatabase db, TestDatabase kind) throws Exception {
        String sql = kind == TestDatabase.POSTGRES
                ? "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(0.2)%' AND pid <> pg_backend_pid()"
                : "SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE 'DO SLEEP(0.2)%' AND DB = '"
                        + db.name() + "'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the runner never reached the slow revision");
    }
}
