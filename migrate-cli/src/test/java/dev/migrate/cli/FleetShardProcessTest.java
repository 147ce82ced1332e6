package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof: three shards run as three separate processes at once over 300 tenant schemas
 * on PostgreSQL, and every tenant is upgraded exactly once (one history row per tenant), with no
 * coordination but the shard index. A fourth run of the whole set afterwards finds nothing to do.
 */
@Timeout(300)
class FleetShardProcessTest {

    static final int TENANTS = 300;

    @TempDir
    Path project;

    @Test
    void threeShardProcessesUpgradeEachOf300TenantsExactlyOnce() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            List<String> tenants = FleetCliTest.createTenants(db, TENANTS);
            try {
                Files.createDirectories(project.resolve("versions"));
                Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
                Files.writeString(
                        project.resolve("versions/s1.sql"),
                        "-- revision: s1\n-- migrate:upgrade\n"
                                + "CREATE TABLE marker (id INT);\n-- migrate:downgrade\nDROP TABLE marker;\n");
                String pattern = tenants.get(0).substring(0, 11) + "%";
                ProgramProcess cli = CliProcess.fromClassPath(project).env("MIGRATE_URL", db.url());

                List<CompletableFuture<Result>> shards = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    String shard = i + "/3";
                    shards.add(CompletableFuture.supplyAsync(() -> cli.run(
                            "fleet",
                            "upgrade",
                            "heads",
                            "--tenants-pattern",
                            pattern,
                            "--shard",
                            shard,
                            "--parallel",
                            "2",
                            "--format",
                            "json")));
                }
                int upgraded = 0;
                for (CompletableFuture<Result> shard : shards) {
                    Result result = shard.get(240, TimeUnit.SECONDS);
                    assertThat(result.exitCode()).as(result.toString()).isZero();
                    assertThat(result.out()).contains("\"tenantsInSet\":" + TENANTS, "\"failed\":0");
                    upgraded += count(result.out(), "\"steps\":[\"s1\"]");
                }
                assertThat(upgraded)
                        .as("tenants upgraded by the three shards together")
                        .isEqualTo(TENANTS);

                Map<String, Long> historyRows = historyRowsPerTenant(db, tenants);
                assertThat(historyRows).hasSize(TENANTS);
                assertThat(historyRows.values()).as("history rows per tenant").containsOnly(1L);

                Result again = cli.run(
                        "fleet",
                        "upgrade",
                        "heads",
                        "--tenants-pattern",
                        pattern,
                        "--parallel",
                        "4",
                        "--format",
                        "json");
                assertThat(again.exitCode()).as(again.toString()).isZero();
                assertThat(count(again.out(), "\"steps\":[]")).isEqualTo(TENANTS);
            } finally {
                FleetCliTest.dropTenants(db, tenants);
            }
        }
    }

    private static Map<String, Long> historyRowsPerTenant(ScratchDatabase db, List<String> tenants) throws Exception {
        Map<String, Long> rows = new HashMap<>();
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            for (String tenant : tenants) {
                try (ResultSet result = statement.executeQuery(
                        "SELECT COUNT(*) FROM " + tenant + ".migrate_history WHERE revision = 's1'")) {
                    result.next();
                    rows.put(tenant, result.getLong(1));
                }
            }
        }
        return rows;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
