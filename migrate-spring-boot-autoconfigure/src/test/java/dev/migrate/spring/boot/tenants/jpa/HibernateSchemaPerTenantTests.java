package dev.migrate.spring.boot.tenants.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrate.spring.boot.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.boot.tenants.MigrateTenantsAutoConfiguration;
import dev.migrate.spring.boot.tenants.TenantMigrator;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An application with Hibernate's schema-per-tenant multi-tenancy (a {@code MultiTenantConnectionProvider}
 * and a {@code CurrentTenantIdentifierResolver}, as the README shows them), a JPA entity with Bean
 * Validation and {@code migrate.tenants.*}: each tenant's rows land in its own schema (database on
 * MariaDB), each tenant has its own version table at the head, and under {@code lazy} a tenant no
 * one used is left alone.
 */
@Timeout(180)
class HibernateSchemaPerTenantTests {

    private static final String HEAD = "i2";

    @TempDir
    Path versions;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void lazyUpgradesEachTenantAtItsFirstSessionAndLeavesTheUnusedOneAlone(TestDatabase kind) throws Exception {
        withThreeTenants(kind, "lazy", (context, db, tenants) -> {
            assertThat(versionTableExists(db, tenants.get(0))).isFalse();

            savesAndReadsAsEachTenant(context, db, tenants);

            assertThat(versionTableExists(db, tenants.get(2)))
                    .as("a tenant no session used")
                    .isFalse();
            assertThat(tableExists(db, tenants.get(2), "invoice")).isFalse();
            assertThat(context.getBean(TenantMigrator.class).tenantsPerRevision())
                    .containsExactly(java.util.Map.entry(HEAD, 2));
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void allUpgradesEveryTenantBeforeTheFirstSession(TestDatabase kind) throws Exception {
        withThreeTenants(kind, "all", (context, db, tenants) -> {
            for (String tenant : tenants) {
                assertThat(versionHeads(db, tenant)).as(tenant).containsExactly(HEAD);
            }
            savesAndReadsAsEachTenant(context, db, tenants);
            assertThat(rows(db, tenants.get(2))).isZero();
        });
    }

    /** What a test checks in the started application, given its database and tenants. */
    private interface TenantChecks {
        void check(AssertableApplicationContext context, ScratchDatabase db, List<String> tenants) throws Exception;
    }

    /**
     * Starts the application on a new database of {@code kind} with three tenant schemas and
     * {@code migrate.tenants.on-startup=onStartup}, runs {@code checks}, then drops the tenants.
     */
    private void withThreeTenants(TestDatabase kind, String onStartup, TenantChecks checks) throws Exception {
        writeRevisions();
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            List<String> tenants = createTenants(db, 3);
            try {
                runner(db)
                        .withPropertyValues(
                                "migrate.tenants.on-startup=" + onStartup,
                                "migrate.tenants.list=" + String.join(",", tenants))
                        .run((context) -> {
                            assertThat(context).hasNotFailed();
                            checks.check(context, db, tenants);
                        });
            } finally {
                dropTenants(db, tenants);
            }
        }
    }

    /** Tenant 0 and tenant 1 each save an invoice with the same id; each reads only its own. */
    private static void savesAndReadsAsEachTenant(
            AssertableApplicationContext context, ScratchDatabase db, List<String> tenants) throws SQLException {
        EntityManagerFactory factory = context.getBean(EntityManagerFactory.class);
        CurrentTenant.as(
                tenants.get(0),
                () -> inTransaction(factory, (em) -> {
                    em.persist(new Invoice(1L, "Ada", 1200));
                    return null;
                }));
        CurrentTenant.as(
                tenants.get(1),
                () -> inTransaction(factory, (em) -> {
                    em.persist(new Invoice(1L, "Grace", 3400));
                    return null;
                }));
        assertThat(CurrentTenant.as(tenants.get(0), () -> inTransaction(factory, (em) -> em.find(Invoice.class, 1L)))
                        .getCustomer())
                .isEqualTo("Ada");
        assertThat(CurrentTenant.as(tenants.get(1), () -> inTransaction(factory, (em) -> em.find(Invoice.class, 1L)))
                        .getCustomer())
                .isEqualTo("Grace");
        assertThatExceptionOfType(RollbackException.class)
                .as("Bean Validation refuses the insert at the flush")
                .isThrownBy(() -> CurrentTenant.as(
                        tenants.get(0),
                        () -> inTransaction(factory, (em) -> {
                            em.persist(new Invoice(2L, " ", -1));
                            return null;
                        })));

        for (String tenant : tenants.subList(0, 2)) {
            assertThat(versionHeads(db, tenant)).as(tenant).containsExactly(HEAD);
            assertThat(rows(db, tenant)).as(tenant).isEqualTo(1);
        }
        assertThat(customer(db, tenants.get(0))).isEqualTo("Ada");
        assertThat(customer(db, tenants.get(1))).isEqualTo("Grace");
        assertThat(tableExists(db, applicationSchema(db), "invoice"))
                .as("the application's own schema got the revisions, not the tenants' rows")
                .isTrue();
        assertThat(count(db, "SELECT COUNT(*) FROM " + qualified(applicationSchema(db), "invoice")))
                .isZero();
    }

    private static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private ApplicationContextRunner runner(ScratchDatabase db) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        DataSourceAutoConfiguration.class,
                        HibernateJpaAutoConfiguration.class,
                        MigrateAutoConfiguration.class,
                        MigrateTenantsAutoConfiguration.class))
                .withUserConfiguration(MultiTenantJpa.class)
                .withPropertyValues(
                        "spring.datasource.url=" + db.url(),
                        "spring.datasource.username=" + db.user(),
                        "spring.datasource.password=" + db.password(),
                        "spring.jpa.hibernate.ddl-auto=none",
                        "migrate.locations=filesystem:" + this.versions,
                        "tenants.catalogs=" + (db.kind() == TestDatabase.MARIADB));
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Invoice.class)
    static class MultiTenantJpa {

        @Bean
        SchemaPerTenantConnectionProvider schemaPerTenantConnectionProvider(
                DataSource dataSource,
                ObjectProvider<TenantMigrator> tenantMigrator,
                org.springframework.core.env.Environment environment) {
            return new SchemaPerTenantConnectionProvider(
                    dataSource,
                    tenantMigrator.getObject(),
                    environment.getProperty("tenants.catalogs", Boolean.class, false));
        }

        @Bean
        HibernatePropertiesCustomizer schemaPerTenant(SchemaPerTenantConnectionProvider connections) {
            return (properties) -> {
                properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
                properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new CurrentTenant());
            };
        }
    }

    private void writeRevisions() throws Exception {
        Files.writeString(
                this.versions.resolve("i1.sql"),
                "-- revision: i1\n-- migrate:upgrade\n"
                        + "CREATE TABLE invoice (id BIGINT PRIMARY KEY, customer VARCHAR(100) NOT NULL);\n"
                        + "-- migrate:downgrade\nDROP TABLE invoice;\n");
        Files.writeString(
                this.versions.resolve("i2.sql"),
                "-- revision: i2\n-- down_revision: i1\n-- migrate:upgrade\n"
                        + "ALTER TABLE invoice ADD COLUMN amount_cents BIGINT NOT NULL DEFAULT 0;\n"
                        + "-- migrate:downgrade\nALTER TABLE invoice DROP COLUMN amount_cents;\n");
    }

    private static List<String> createTenants(ScratchDatabase db, int count) {
        String prefix = "jt"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT) + "_";
        List<String> tenants = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = prefix + String.format("%03d", i);
            db.execute((db.kind() == TestDatabase.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ") + name);
            // H2 keeps unquoted names in upper case
            tenants.add(db.kind() == TestDatabase.H2 ? name.toUpperCase(Locale.ROOT) : name);
        }
        return tenants;
    }

    private static void dropTenants(ScratchDatabase db, List<String> tenants) {
        for (String tenant : tenants) {
            db.execute(
                    switch (db.kind()) {
                        case MARIADB -> "DROP DATABASE IF EXISTS " + tenant;
                        case POSTGRES -> "DROP SCHEMA IF EXISTS " + tenant + " CASCADE";
                        default -> "DROP SCHEMA IF EXISTS " + tenant + " CASCADE";
                    });
        }
    }

    /** The schema (database on MariaDB) the application's own connections use. */
    private static String applicationSchema(ScratchDatabase db) {
        return switch (db.kind()) {
            case H2 -> "PUBLIC";
            default -> db.name();
        };
    }

    private static String qualified(String schema, String table) {
        return schema + "." + table;
    }

    private static boolean versionTableExists(ScratchDatabase db, String tenant) throws SQLException {
        return tableExists(db, tenant, "migrate_version");
    }

    private static boolean tableExists(ScratchDatabase db, String schema, String table) throws SQLException {
        try (Connection connection = db.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND UPPER(table_name) = ?")) {
            statement.setString(1, schema);
            statement.setString(2, table.toUpperCase(Locale.ROOT));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static List<String> versionHeads(ScratchDatabase db, String tenant) throws SQLException {
        List<String> heads = new ArrayList<>();
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT version_num FROM " + qualified(tenant, "migrate_version"))) {
            while (rows.next()) {
                heads.add(rows.getString(1));
            }
        }
        return heads;
    }

    private static long rows(ScratchDatabase db, String tenant) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM " + qualified(tenant, "invoice"));
    }

    private static String customer(ScratchDatabase db, String tenant) throws SQLException {
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT customer FROM " + qualified(tenant, "invoice") + " WHERE id = 1")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long count(ScratchDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
