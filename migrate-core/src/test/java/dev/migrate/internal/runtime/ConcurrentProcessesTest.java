package dev.migrate.internal.runtime;

import static dev.migrate.internal.runtime.EngineTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight separate JVMs upgrade the same database at the same instant: every revision is applied
 * exactly once, every process succeeds, and those that had to wait say so.
 */
class ConcurrentProcessesTest {

    private static final int PROCESSES = 8;
    private static final int REVISIONS = 13;
    private static final String HEAD = "10ad00000012";

    @TempDir
    Path temp;

    @Test
    void eightProcessesOnPostgres() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            race(db.url(), db.user(), db.password());
            assertAppliedOnce(db);
        }
    }

    @Test
    void eightProcessesOnMariaDb() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.MARIADB)) {
            race(db.url(), db.user(), db.password());
            assertAppliedOnce(db);
        }
    }

    @Test
    void eightProcessesOnH2InServerMode() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-tcpAllowOthers", "-ifNotExists")
                .start();
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:" + db.name();
            // The scratch database keeps the in-memory database open for the whole test.
            try (var keepOpen = java.sql.DriverManager.getConnection(url, db.user(), db.password())) {
                race(url, db.user(), db.password());
                assertThat(countAt(url, db, "SELECT COUNT(*) FROM migrate_history WHERE success"))
                        .isEqualTo(REVISIONS);
                assertThat(countAt(url, db, "SELECT COUNT(DISTINCT revision) FROM migrate_history"))
                        .isEqualTo(REVISIONS);
            }
        } finally {
            server.stop();
        }
    }

    private void race(String url, String user, String password) throws Exception {
        Path start = temp.resolve("start-" + System.nanoTime());
        List<Process> processes = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < PROCESSES; i++) {
            ProcessBuilder builder = new ProcessBuilder(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    UpgradeProcess.class.getName(),
                    url,
                    user,
                    password,
                    "classpath:engine/load",
                    start.toString());
            builder.redirectError(temp.resolve("stderr-" + i + ".txt").toFile());
            Process process = builder.start();
            processes.add(process);
            outputs.add(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (BufferedReader output : outputs) {
            assertThat(output.readLine()).isEqualTo("READY");
        }
        Files.createFile(start);

        int applying = 0;
        int appliedNothing = 0;
        int waited = 0;
        for (int i = 0; i < PROCESSES; i++) {
            Process process = processes.get(i);
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("process %d finished", i)
                    .isTrue();
            List<String> lines = outputs.get(i).lines().toList();
            String stderr = Files.readString(temp.resolve("stderr-" + i + ".txt"));
            assertThat(process.exitValue())
                    .as("exit code of process %d; stderr:%n%s", i, stderr)
                    .isZero();
            assertThat(lines).contains("HEADS " + HEAD);
            int applied = Integer.parseInt(value(lines, "APPLIED "));
            boolean didWait = Boolean.parseBoolean(value(lines, "WAITED "));
            if (applied > 0) {
                applying++;
            }
            if (didWait) {
                waited++;
                assertThat(lines).anyMatch(line -> line.startsWith("WAITING for "));
            }
            if (applied == 0) {
                appliedNothing++;
            }
        }
        assertThat(applying).as("processes that applied revisions").isEqualTo(1);
        assertThat(appliedNothing).isEqualTo(PROCESSES - 1);
        // The first revision holds the lock for 1.5 s, so every other process found work to do and waited.
        assertThat(waited).as("processes that reported waiting for the lock").isEqualTo(PROCESSES - 1);
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream()
                .filter(line -> line.startsWith(prefix))
                .findFirst()
                .map(line -> line.substring(prefix.length()))
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in " + lines));
    }

    private static void assertAppliedOnce(ScratchDatabase db) throws Exception {
        assertThat(count(db, "SELECT COUNT(*) FROM migrate_history")).isEqualTo(REVISIONS);
        assertThat(count(db, "SELECT COUNT(DISTINCT revision) FROM migrate_history"))
                .isEqualTo(REVISIONS);
        assertThat(count(db, "SELECT COUNT(*) FROM migrate_version")).isEqualTo(1);
        assertThat(EngineTest.queryStrings(db, "SELECT version_num FROM migrate_version"))
                .containsExactly(HEAD);
    }

    private static long countAt(String url, ScratchDatabase db, String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(url, db.user(), db.password());
                var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
