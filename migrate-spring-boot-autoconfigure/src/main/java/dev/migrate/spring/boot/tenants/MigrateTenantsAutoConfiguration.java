package dev.migrate.spring.boot.tenants;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.cli.ApplicationTenants;
import dev.migrate.internal.fleet.FleetReport;
import dev.migrate.internal.fleet.FleetReportText;
import dev.migrate.internal.fleet.TenantSource;
import dev.migrate.spring.boot.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.boot.autoconfigure.MigrateCommandMode;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.web.PathMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Fleet mode in Spring Boot: a {@link TenantMigrator} over the tenants of a {@link MigrateTenants}
 * bean or of {@code migrate.tenants.list / query / pattern}, which upgrades them all at start-up
 * ({@code on-startup=all}, the default), never ({@code none}) or each at first use ({@code lazy});
 * the {@code /actuator/migrations/tenants} endpoint and gauges of tenants per revision.
 */
@AutoConfiguration(
        after = MigrateAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(Migrate.class)
@ConditionalOnBean(Migrate.class)
@EnableConfigurationProperties(MigrateTenantsProperties.class)
public final class MigrateTenantsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TenantMigrator tenantMigrator(
            Migrate migrate,
            MigrateTenantsProperties properties,
            ObjectProvider<MigrateTenants> tenants,
            ResourceLoader resourceLoader) {
        Supplier<TenantSource> source = () -> {
            TenantSource named = applicationTenants(tenants, properties);
            return (named != null) ? named : TenantSource.list(List.of());
        };
        return new TenantMigrator(migrate, source, properties, resourceLoader.getClassLoader());
    }

    /**
     * The tenants the application names: its {@link MigrateTenants} bean, else
     * {@code migrate.tenants.query}, {@code .pattern} or {@code .list}; {@code null} when it names none.
     */
    static TenantSource applicationTenants(
            ObjectProvider<MigrateTenants> tenants, MigrateTenantsProperties properties) {
        MigrateTenants bean = tenants.getIfAvailable();
        if (bean != null) {
            return TenantSource.list(bean.tenants());
        }
        if (StringUtils.hasText(properties.getQuery())) {
            return TenantSource.query(properties.getQuery());
        }
        if (StringUtils.hasText(properties.getPattern())) {
            return TenantSource.pattern(properties.getPattern());
        }
        return properties.getList().isEmpty() ? null : TenantSource.list(properties.getList());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = MigrateCommandMode.ACTIVE_PROPERTY, havingValue = false, matchIfMissing = true)
    TenantsStartupUpgrade migrateTenantsStartupUpgrade(TenantMigrator migrator, MigrateTenantsProperties properties) {
        return new TenantsStartupUpgrade(migrator, properties);
    }

    /** Upgrades every tenant when the context starts, with {@code on-startup=all}; a failed tenant fails the start. */
    static final class TenantsStartupUpgrade implements InitializingBean {

        private static final Log logger = LogFactory.getLog(TenantsStartupUpgrade.class);

        private final TenantMigrator migrator;

        private final MigrateTenantsProperties properties;

        TenantsStartupUpgrade(TenantMigrator migrator, MigrateTenantsProperties properties) {
            this.migrator = migrator;
            this.properties = properties;
        }

        @Override
        public void afterPropertiesSet() {
            if (this.properties.getOnStartup() != MigrateTenantsProperties.OnStartup.ALL) {
                return;
            }
            FleetReport report = this.migrator.upgradeAll();
            if (report.tenants().isEmpty()) {
                return;
            }
            logger.info(FleetReportText.summary(report).stripTrailing());
            if (!report.allSucceeded()) {
                throw new MigrateException(
                        ErrorKind.TENANTS_FAILED,
                        "migrate could not upgrade every tenant (migrate.tenants.on-startup=all):\n"
                                + FleetReportText.summary(report) + "Fix the failing tenants, or set"
                                + " migrate.tenants.continue-on-error=true and on-startup=lazy to start without them");
            }
        }
    }

    /**
     * Command mode's {@code migrate fleet}: the application's tenants, parallelism and
     * continue-on-error, where the CLI alone reads migrate.properties' {@code tenants_*} keys.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ApplicationTenants.class)
    @ConditionalOnBooleanProperty(MigrateCommandMode.ACTIVE_PROPERTY)
    static class TenantsCommandModeConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ApplicationTenants migrateCommandModeTenants(
                MigrateTenantsProperties properties, ObjectProvider<MigrateTenants> tenants) {
            Supplier<TenantSource> source = () -> {
                TenantSource named = applicationTenants(tenants, properties);
                if (named == null) {
                    throw new BadInputException(
                            ErrorKind.BAD_USAGE,
                            "fleet needs a tenant source: give --tenants-file FILE, --tenants-query SQL or"
                                    + " --tenants-pattern LIKE, or name the application's tenants with"
                                    + " migrate.tenants.list, migrate.tenants.query, migrate.tenants.pattern"
                                    + " or a MigrateTenants bean");
                }
                return named;
            };
            return new ApplicationTenants(source, properties.getParallel(), properties.isContinueOnError());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ConditionalOnAvailableEndpoint.class, PathMapper.class})
    static class TenantsEndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint(MigrationTenantsEndpoint.class)
        MigrationTenantsEndpoint migrationTenantsEndpoint(TenantMigrator migrator) {
            return new MigrationTenantsEndpoint(migrator);
        }

        /** Serves the endpoint at {@code /actuator/migrations/tenants}, beside the migrations endpoint. */
        @Bean
        PathMapper migrationTenantsPathMapper() {
            return (endpointId) ->
                    MigrationTenantsEndpoint.ID.equals(endpointId.toString()) ? MigrationTenantsEndpoint.PATH : null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class TenantsMetricsConfiguration {

        @Bean
        TenantRevisionGauges migrateTenantRevisionGauges(TenantMigrator migrator, MeterRegistry registry) {
            TenantRevisionGauges gauges = new TenantRevisionGauges(migrator, registry);
            migrator.onChange(gauges::refresh);
            gauges.refresh();
            return gauges;
        }
    }
}
