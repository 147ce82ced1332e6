package dev.migrate.spring.boot.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.boot.autoconfigure.MigrateCommandLine;
import dev.migrate.spring.boot.autoconfigure.MigrateCommandLineAutoConfiguration;
import dev.migrate.spring.boot.autoconfigure.MigrateCommandMode;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A Boot application with schema-per-tenant PostgreSQL: its tenants upgraded on start, shown by
 * {@code /actuator/migrations/tenants}, counted by the gauges; lazily, once per tenant.
 */
@Timeout(120)
class MigrateTenantsAutoConfigurationTests {

    @TempDir
    Path versions;

    @Test
    void upgradesEveryTenantOnStartAndTheEndpointShowsThem() throws Exception {
        writeRevisions();
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            List<String> tenants = createTenants(db, 6);
            try {
                runner(db)
                        .withPropertyValues(
                                "migrate.tenants.pattern=" + tenants.get(0).substring(0, 11) + "%",
                                "migrate.tenants.parallel=3",
                                "management.endpoints.web.exposure.include=migrationtenants")
                        .run((context) -> {
                            assertThat(context).hasNotFailed();
                            for (String tenant : tenants) {
                                assertThat(historyRows(db, tenant)).as(tenant).isEqualTo(2);
                            }
                            MigrationTenantsEndpoint.TenantsDescriptor view = context.getBean(
                                            MigrationTenantsEndpoint.class)
                                    .tenants();
                            assertThat(view.tenantsPerRevision()).containsEntry("t2", 6);
                            assertThat(view.tenants()).hasSize(6).allSatisfy((tenant) -> {
                                assertThat(tenant.state()).isEqualTo("up-to-date");
                                assertThat(tenant.currentHeads()).containsExactly("t2");
                                assertThat(tenant.lastRun()).isEqualTo("succeeded");
                            });
                            MeterRegistry registry = context.getBean(MeterRegistry.class);
                            assertThat(registry.get("migrate.tenants")
                                            .tag("revision", "t2")
                                            .gauge()
                                            .value())
                                    .isEqualTo(6.0);
                        });
            } finally {
                dropTenants(db, tenants);
            }
        }
    }

    @Test
    void lazyTenantsAreUpgradedOnceAtFirstUse() throws Exception {
        writeRevisions();
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            List<String> tenants = createTenants(db, 2);
            try {
                runner(db)
                        .withPropertyValues("migrate.tenants.on-startup=lazy")
                        .withBean(MigrateTenants.class, () -> () -> tenants)
                        .run((context) -> {
                            assertThat(context).hasNotFailed();
                            assertThat(historyRows(db, tenants.get(0))).isZero();
                            TenantMigrator migrator = context.getBean(TenantMigrator.class);
                            List<CompletableFuture<Void>> requests = new ArrayList<>();
                            for (int i = 0; i < 8; i++) {
                                requests.add(CompletableFuture.runAsync(() -> migrator.ensureUpgraded(tenants.get(0))));
                            }
                            requests.forEach(CompletableFuture::join);
                            assertThat(historyRows(db, tenants.get(0))).isEqualTo(2);
                            assertThat(historyRows(db, tenants.get(1)))
                                    .as("not used yet")
                                    .isZero();
                            assertThat(migrator.tenantsPerRevision()).containsExactly(java.util.Map.entry("t2", 1));
                        });
            } finally {
                dropTenants(db, tenants);
            }
        }
    }

    @Test
    void commandModeFleetTakesTheMigrateTenantsBeanOverThePropertiesAndTheCommandLineOverBoth() throws Exception {
        writeRevisions();
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            List<String> tenants = createTenants(db, 3);
            try {
                runner(db)
                        .withConfiguration(AutoConfigurations.of(MigrateCommandLineAutoConfiguration.class))
                        .withPropertyValues(
                                MigrateCommandMode.ACTIVE_PROPERTY + "=true",
                                "migrate.tenants.list=" + tenants.get(2),
                                "migrate.tenants.parallel=3")
                        .withBean(MigrateTenants.class, () -> () -> tenants.subList(0, 2))
                        .run((context) -> {
                            assertThat(context).hasNotFailed();
                            assertThat(historyRows(db, tenants.get(0)))
                                    .as("command mode upgrades no tenant at start")
                                    .isZero();
                            Migrate migrate = context.getBean(Migrate.class);
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            int exitCode = context.getBean(MigrateCommandLine.class)
                                    .execute(
                                            (listener) -> migrate,
                                            List.of("fleet", "upgrade", "heads", "--parallel", "1"),
                                            new PrintStream(out, true, StandardCharsets.UTF_8),
                                            System.err);
                            String answer = out.toString(StandardCharsets.UTF_8);
                            assertThat(exitCode).as(answer).isZero();
                            assertThat(answer).contains("2 tenant(s) of 2").contains("(parallel 1,");
                            assertThat(historyRows(db, tenants.get(0))).isEqualTo(2);
                            assertThat(historyRows(db, tenants.get(1))).isEqualTo(2);
                            assertThat(historyRows(db, tenants.get(2)))
                                    .as("the bean wins over migrate.tenants.list")
                                    .isZero();
                        });
            } finally {
                dropTenants(db, tenants);
            }
        }
    }

    private ApplicationContextRunner runner(ScratchDatabase db) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        DataSourceAutoConfiguration.class,
                        MigrateAutoConfiguration.class,
                        MigrateTenantsAutoConfiguration.class))
                .withUserConfiguration(Registry.class)
                .withPropertyValues(
                        "spring.datasource.url=" + db.url(),
                        "spring.datasource.username=" + db.user(),
                        "migrate.locations=filesystem:" + this.versions);
    }

    private void writeRevisions() throws Exception {
        Files.writeString(
                this.versions.resolve("t1.sql"),
                "-- revision: t1\n-- migrate:upgrade\n"
                        + "CREATE TABLE account (id INT PRIMARY KEY);\n-- migrate:downgrade\nDROP TABLE account;\n");
        Files.writeString(
                this.versions.resolve("t2.sql"),
                "-- revision: t2\n-- down_revision: t1\n-- migrate:upgrade\n"
                        + "ALTER TABLE account ADD COLUMN name VARCHAR(20);\n-- migrate:downgrade\n"
                        + "ALTER TABLE account DROP COLUMN name;\n");
    }

    private static List<String> createTenants(ScratchDatabase db, int count) {
        String prefix = "bt"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT) + "_";
        List<String> tenants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tenants.add(prefix + String.format("%03d", i));
            db.execute("CREATE SCHEMA " + tenants.get(i - 1));
        }
        return tenants;
    }

    private static void dropTenants(ScratchDatabase db, List<String> tenants) {
        tenants.forEach((tenant) -> db.execute("DROP SCHEMA IF EXISTS " + tenant + " CASCADE"));
    }

    private static long historyRows(ScratchDatabase db, String tenant) throws Exception {
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                                + tenant + "' AND table_name = 'migrate_history'")) {
            rows.next();
            if (rows.getLong(1) == 0) {
                return 0;
            }
        }
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + tenant + ".migrate_history")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
