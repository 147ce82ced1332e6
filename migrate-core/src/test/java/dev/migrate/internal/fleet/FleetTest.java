package dev.migrate.internal.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A fleet of 20 tenant schemas (databases on MariaDB) upgraded 4 at a time, one tenant failing:
 * with and without continue-on-error, a canary, a dry run, resuming after the fix.
 */
@Timeout(180)
class FleetTest {

    static final int TENANTS = 20;

    @TempDir
    Path versions;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void upgradesEveryTenantOnceAndResumesAfterAFailingTenantIsFixed(TestDatabase kind) throws Exception {
        writeRevisions();
        try (TenantSchemas schemas = new TenantSchemas(kind, TENANTS)) {
            String broken = schemas.names.get(6);
            // the tenant already has a table the first revision creates: its upgrade fails
            schemas.db.execute("CREATE TABLE " + schemas.qualified(broken, "item") + " (id INT)");

            FleetReport first = fleet(schemas).continueOnError(true).load().upgrade("heads");

            assertThat(first.tenants()).hasSize(TENANTS);
            assertThat(first.failures())
                    .as(first.failures().toString())
                    .extracting(TenantResult::tenant)
                    .containsExactly(broken);
            assertThat(first.failures().get(0).error()).containsIgnoringCase("item");
            assertThat(first.allSucceeded()).isFalse();
            assertThat(first.tenantsPerRevision()).isEqualTo(Map.of("r2", TENANTS - 1));
            assertThat(first.peakConnections())
                    .isLessThanOrEqualTo(8)
                    .isEqualTo(Math.min(first.peakConnections(), first.connectionLimit()));
            for (String tenant : schemas.names) {
                if (!tenant.equals(broken)) {
                    assertThat(schemas.count("SELECT COUNT(*) FROM " + schemas.qualified(tenant, "migrate_history")))
                            .as("history rows of " + tenant)
                            .isEqualTo(2);
                    assertThat(schemas.count("SELECT COUNT(*) FROM " + schemas.qualified(tenant, "item")))
                            .as("the tenant's own table holds its seed row")
                            .isEqualTo(1);
                }
            }

            schemas.db.execute("DROP TABLE " + schemas.qualified(broken, "item"));
            FleetReport resumed = fleet(schemas).load().upgrade("heads");

            assertThat(resumed.allSucceeded()).isTrue();
            assertThat(resumed.tenants())
                    .filteredOn(t -> !t.steps().isEmpty())
                    .extracting(TenantResult::tenant)
                    .containsExactly(broken);
            assertThat(resumed.tenantsPerRevision()).isEqualTo(Map.of("r2", TENANTS));
            for (String tenant : schemas.names) {
                assertThat(schemas.count("SELECT COUNT(*) FROM " + schemas.qualified(tenant, "migrate_history")
                                + " WHERE success = " + (kind == TestDatabase.MARIADB ? "1" : "TRUE")))
                        .as("each revision applied once in " + tenant)
                        .isEqualTo(2);
            }

            FleetReport check = fleet(schemas).load().check();
            assertThat(check.allSucceeded()).isTrue();
            FleetReport down = fleet(schemas).load().downgrade("-1");
            assertThat(down.tenantsPerRevision()).isEqualTo(Map.of("r1", TENANTS));
            FleetReport status = fleet(schemas).load().status();
            assertThat(status.tenants()).allSatisfy(t -> assertThat(t.steps()).containsExactly("r2"));
            assertThat(fleet(schemas).load().check().failures()).hasSize(TENANTS);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void stopsAtTheFirstFailureAndLeavesTheRestUntouched(TestDatabase kind) throws Exception {
        writeRevisions();
        try (TenantSchemas schemas = new TenantSchemas(kind, TENANTS)) {
            String broken = schemas.names.get(1);
            schemas.db.execute("CREATE TABLE " + schemas.qualified(broken, "item") + " (id INT)");

            FleetReport report = fleet(schemas).load().upgrade("heads");

            assertThat(report.failures()).extracting(TenantResult::tenant).containsExactly(broken);
            assertThat(report.skipped())
                    .as("tenants not started when the failure was seen")
                    .isPositive();
            assertThat(report.allSucceeded()).isFalse();
            FleetReport current = fleet(schemas).load().current();
            for (int i = 0; i < TENANTS; i++) {
                if (report.tenants().get(i).outcome() == TenantResult.Outcome.SKIPPED) {
                    assertThat(current.tenants().get(i).to())
                            .as("skipped tenant " + schemas.names.get(i) + " is at base")
                            .isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailingCanaryStopsTheRunAndADryRunChangesNothing(TestDatabase kind) throws Exception {
        writeRevisions();
        try (TenantSchemas schemas = new TenantSchemas(kind, TENANTS)) {
            FleetReport dry = fleet(schemas).dryRun(true).load().upgrade("heads");
            assertThat(dry.tenants()).allSatisfy(t -> {
                assertThat(t.outcome()).isEqualTo(TenantResult.Outcome.PLANNED);
                assertThat(t.steps()).containsExactly("r1", "r2");
                assertThat(t.to()).containsExactly("r2");
            });
            assertThat(fleet(schemas).load().current().tenantsPerRevision()).isEqualTo(Map.of("base", TENANTS));

            String broken = schemas.names.get(2);
            schemas.db.execute("CREATE TABLE " + schemas.qualified(broken, "item") + " (id INT)");
            FleetReport canary =
                    fleet(schemas).canary(3).continueOnError(true).load().upgrade("heads");

            assertThat(canary.failures()).extracting(TenantResult::tenant).containsExactly(broken);
            assertThat(canary.tenants().subList(0, 2))
                    .allSatisfy(t -> assertThat(t.outcome()).isEqualTo(TenantResult.Outcome.SUCCEEDED));
            assertThat(canary.tenants().subList(3, TENANTS))
                    .allSatisfy(t -> assertThat(t.outcome()).isEqualTo(TenantResult.Outcome.SKIPPED));
            assertThat(fleet(schemas).load().current().tenantsPerRevision())
                    .isEqualTo(Map.of("base", TENANTS - 2, "r2", 2));

            schemas.db.execute("DROP TABLE " + schemas.qualified(broken, "item"));
            FleetReport passing = fleet(schemas).canary(3).load().upgrade("heads");
            assertThat(passing.allSucceeded()).isTrue();
            assertThat(passing.tenantsPerRevision()).isEqualTo(Map.of("r2", TENANTS));
        }
    }

    private Fleet.Builder fleet(TenantSchemas schemas) {
        return Fleet.configure()
                .url(schemas.db.url(), schemas.db.user(), schemas.db.password())
                .settings(dev.migrate.MigrateSettings.defaults().withLocations(List.of("filesystem:" + versions)))
                .tenants(TenantSource.pattern(schemas.prefix + "%"))
                .parallel(4);
    }

    private void writeRevisions() throws Exception {
        Files.writeString(
                versions.resolve("r1.sql"),
                "-- revision: r1\n-- message: items\n-- migrate:upgrade\n"
                        + "CREATE TABLE item (id INT PRIMARY KEY);\nINSERT INTO item (id) VALUES (1);\n"
                        + "-- migrate:downgrade\nDROP TABLE item;\n");
        Files.writeString(
                versions.resolve("r2.sql"),
                "-- revision: r2\n-- down_revision: r1\n-- message: names\n"
                        + "-- migrate:upgrade\nALTER TABLE item ADD COLUMN name VARCHAR(20);\n"
                        + "-- migrate:downgrade\nALTER TABLE item DROP COLUMN name;\n");
    }
}
