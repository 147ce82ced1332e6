package dev.migrate.internal.runtime;

import static dev.migrate.internal.runtime.EngineTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.MigrationResult;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runners whose PostgreSQL search paths differ but whose statements reach the same version
 * table take the same lock: a role with a schema of its own ({@code "$user", public} resolves to
 * it first) and the table in the shared schema, as issue 14 found them.
 */
@Timeout(120)
class SearchPathLockTest {

    @TempDir
    Path versions;

    @Test
    void runnersWithDifferentSearchPathsApplyARevisionOnce() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            String role = "mt_role_"
                    + UUID.randomUUID()
                            .toString()
                            .replace("-", "")
                            .substring(0, 12)
                            .toLowerCase(Locale.ROOT);
            try {
                Files.writeString(
                        versions.resolve("001.sql"),
                        "-- revision: a1\n-- migrate:upgrade\n"
                                + "CREATE TABLE acct (id INT PRIMARY KEY, cents BIGINT NOT NULL);\n"
                                + "INSERT INTO acct VALUES (1, 5);\n-- migrate:downgrade\nDROP TABLE acct;\n");
                Migrate owner = runner(db.dataSource());
                owner.upgrade("heads");
                db.execute(
                        "CREATE ROLE " + role + " LOGIN",
                        "CREATE SCHEMA " + role + " AUTHORIZATION " + role,
                        "ALTER ROLE " + role + " SET search_path = \"$user\", " + db.name(),
                        "GRANT USAGE, CREATE ON SCHEMA " + db.name() + " TO " + role,
                        "GRANT ALL ON ALL TABLES IN SCHEMA " + db.name() + " TO " + role,
                        "GRANT ALL ON ALL SEQUENCES IN SCHEMA " + db.name() + " TO " + role);
                Files.writeString(
                        versions.resolve("002.sql"),
                        "-- revision: a2\n-- down_revision: a1\n"
                                + "-- migrate:upgrade\nUPDATE acct SET cents = cents * 100;\nSELECT pg_sleep(3), '"
                                + role + "';\n"
                                + "-- migrate:downgrade\nUPDATE acct SET cents = cents / 100;\n");
                DataSource asRole = new UrlDataSource(withoutCurrentSchema(db.url()), role, "");
                try (Connection c = asRole.getConnection();
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                    rs.next();
                    assertThat(rs.getString(1))
                            .as("the role's own schema comes first on its search path")
                            .isEqualTo(role);
                }

                CompletableFuture<MigrationResult> first = CompletableFuture.supplyAsync(
                        () -> runner(db.dataSource()).upgrade("heads"));
                waitUntilSleeping(db, role);
                CompletableFuture<MigrationResult> second =
                        CompletableFuture.supplyAsync(() -> runner(asRole).upgrade("heads"));

                assertThat(first.get(60, TimeUnit.SECONDS).steps()).hasSize(1);
                assertThat(second.get(60, TimeUnit.SECONDS).steps())
                        .as("the second runner waited and found the work done")
                        .isEmpty();
                assertThat(count(db, "SELECT cents FROM acct")).isEqualTo(500);
                assertThat(count(db, "SELECT COUNT(*) FROM migrate_history WHERE revision = 'a2'"))
                        .isEqualTo(1);
                assertThat(owner.current()).containsExactly("a2");
            } finally {
                db.execute("DROP SCHEMA IF EXISTS " + role + " CASCADE");
                db.execute("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN"
                        + " EXECUTE 'DROP OWNED BY " + role + "'; EXECUTE 'DROP ROLE " + role + "'; END IF; END $$");
            }
        }
    }

    private Migrate runner(DataSource dataSource) {
        return Migrate.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + versions)
                .lockTimeout(Duration.ofSeconds(60))
                .load();
    }

    private static String withoutCurrentSchema(String url) {
        String without = url.replaceAll("[?&]currentSchema=[^&]*", "");
        return without.contains("?") || !without.contains("&") ? without : without.replaceFirst("&", "?");
    }

    private static void waitUntilSleeping(ScratchDatabase db, String marker) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (count(
                            db,
                            "SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(3), ''" + marker
                                    + "''%'" + " AND pid <> pg_backend_pid()")
                    > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first runner never reached its revision");
    }
}
