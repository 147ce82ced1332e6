package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import dev.migrate.MigrationListener;
import dev.migrate.internal.autogenerate.hibernate.MetadataCapturingIntegrator;
import dev.migrate.internal.importer.UnimportedHistoryCheck;
import dev.migrate.internal.importer.flyway.FlywayHistoryTable;
import dev.migrate.spring.boot.autoconfigure.MigrateAutoConfiguration.MigrateDataSourceCondition;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for migrate: a {@link Migrate} runner on the
 * application's DataSource and a {@link MigrateInitializer} that upgrades before JPA starts.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrate.class)
@Conditional(MigrateDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrateAutoConfiguration {

    @Bean
    static DeferredJpaInitializationCheck migrateDeferredJpaInitializationCheck() {
        return new DeferredJpaInitializationCheck();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SimpleDriverDataSource.class)
    @ConditionalOnMissingBean(Migrate.class)
    @EnableConfigurationProperties(MigrateProperties.class)
    static class MigrateConfiguration {

        private final MigrateProperties properties;

        private final SingletonSupplier<DataSource> migrationDataSource;

        private final ObjectProvider<DataSource> applicationDataSource;

        private final ObjectProvider<DataSource> ownDataSource;

        MigrateConfiguration(
                MigrateProperties properties,
                ObjectProvider<DataSource> dataSource,
                @MigrateDataSource ObjectProvider<DataSource> migrateDataSource) {
            this.properties = properties;
            this.applicationDataSource = dataSource;
            this.ownDataSource = migrateDataSource;
            this.migrationDataSource = SingletonSupplier.of(() -> new MigrationDataSourceResolver(properties)
                    .resolve(migrateDataSource.getIfAvailable(), dataSource.getIfUnique()));
        }

        @Bean
        MigrateBuilderFactory migrateBuilderFactory(
                ResourceLoader resourceLoader, ObjectProvider<MigrateConfigurationCustomizer> customizers) {
            return new MigrateBuilderFactory(
                    this.properties,
                    this.migrationDataSource::obtain,
                    resourceLoader.getClassLoader(),
                    customizers.orderedStream().toList());
        }

        @Bean
        Migrate migrate(MigrateBuilderFactory builderFactory, ObjectProvider<MigrationListener> listeners) {
            Migrate.Builder builder = builderFactory.newBuilder();
            listeners.orderedStream().forEach(builder::listener);
            return builder.load();
        }

        @Bean
        MigrationLogListener migrationLogListener() {
            return new MigrationLogListener();
        }

        @Bean
        MigrateSchemaManagementProvider migrateSchemaManagementProvider() {
            return new MigrateSchemaManagementProvider(this.migrationDataSource::obtain);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBooleanProperty(
                name = MigrateCommandMode.ACTIVE_PROPERTY,
                havingValue = false,
                matchIfMissing = true)
        MigrateInitializer migrateInitializer(
                Migrate migrate,
                ObjectProvider<MigrateStrategy> strategy,
                ObjectProvider<SchemaScriptsCheck> schemaScripts,
                Environment environment) {
            // Before the upgrade, so that a refused start leaves the database as it was; only where
            // migrate upgrades the application's own database, the one Boot's scripts run on. A
            // migrate.url naming that same database (MIGRATE_URL exported for the CLI binds to it)
            // is no database of migrate's own.
            DataSource application = this.applicationDataSource.getIfUnique();
            String ownUrl = this.properties.getUrl();
            boolean sameDatabase = !StringUtils.hasText(ownUrl)
                    || ownUrl.strip()
                            .equals(environment
                                    .getProperty("spring.datasource.url", "")
                                    .strip());
            if (sameDatabase && application != null && this.ownDataSource.getIfAvailable() == null) {
                schemaScripts.ifAvailable((check) -> check.refuseSchemaScripts(application));
            }
            // An application that swapped Flyway or Liquibase for migrate: never rebuild their schema.
            UnimportedHistoryCheck.refuse(
                    migrate,
                    environment.getProperty("spring.flyway.table", FlywayHistoryTable.DEFAULT),
                    environment.getProperty(
                            "spring.liquibase.database-change-log-table", UnimportedHistoryCheck.LIQUIBASE_TABLE),
                    "java -jar app.jar migrate");
            return new MigrateInitializer(
                    migrate,
                    this.properties.getTarget(),
                    LintOnStartupStrategy.wrap(this.properties.getLintOnStartup(), strategy.getIfAvailable()));
        }
    }

    /**
     * Refuses Boot's schema scripts on the database migrate upgrades at startup; see {@link SchemaScriptsCheck}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({SqlInitializationProperties.class, DataSourceScriptDatabaseInitializer.class})
    static class SchemaScriptsConfiguration {

        @Bean
        SchemaScriptsCheck migrateSchemaScriptsCheck(
                ListableBeanFactory beanFactory,
                ObjectProvider<SqlInitializationProperties> properties,
                ResourceLoader resourceLoader) {
            return new SchemaScriptsCheck(beanFactory, properties, resourceLoader);
        }
    }

    /**
     * Keeps the mapping Hibernate builds for the auto-configured EntityManagerFactory, for
     * {@code migrate.check-on-startup} and for command mode's {@code check} and autogenerate.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({
        HibernatePropertiesCustomizer.class,
        EntityManagerFactory.class,
        MetadataCapturingIntegrator.class
    })
    @Conditional(EntityModelNeededCondition.class)
    @EnableConfigurationProperties(MigrateProperties.class)
    static class EntityModelConfiguration {

        @Bean
        MetadataCapturingIntegrator migrateMetadataCapturingIntegrator() {
            return new MetadataCapturingIntegrator();
        }

        @Bean
        MetadataCaptureHibernatePropertiesCustomizer migrateMetadataCaptureHibernatePropertiesCustomizer(
                MetadataCapturingIntegrator integrator) {
            return new MetadataCaptureHibernatePropertiesCustomizer(integrator);
        }

        @Bean
        ApplicationEntityModel migrateApplicationEntityModel(
                ObjectProvider<EntityManagerFactory> entityManagerFactory, MetadataCapturingIntegrator integrator) {
            return new HibernateEntityModel(entityManagerFactory, integrator);
        }

        @Bean
        @ConditionalOnBooleanProperty(
                name = MigrateCommandMode.ACTIVE_PROPERTY,
                havingValue = false,
                matchIfMissing = true)
        SchemaCheckOnStartup migrateSchemaCheckOnStartup(
                ObjectProvider<Migrate> migrate, ApplicationEntityModel entityModel, MigrateProperties properties) {
            return new SchemaCheckOnStartup(migrate.getObject(), entityModel, properties.getCheckOnStartup());
        }
    }

    /**
     * Picks the DataSource to migrate: a {@link MigrateDataSource} bean, else {@code migrate.url},
     * else the application's DataSource (with {@code migrate.user} and password when they are set).
     */
    static final class MigrationDataSourceResolver {

        private final MigrateProperties properties;

        MigrationDataSourceResolver(MigrateProperties properties) {
            this.properties = properties;
        }

        DataSource resolve(DataSource migrateDataSource, DataSource dataSource) {
            if (migrateDataSource != null) {
                return migrateDataSource;
            }
            if (StringUtils.hasText(this.properties.getUrl())) {
                DataSourceBuilder<?> builder = DataSourceBuilder.create().type(SimpleDriverDataSource.class);
                builder.url(this.properties.getUrl());
                return withCredentials(builder).build();
            }
            if (StringUtils.hasText(this.properties.getUser()) && dataSource != null) {
                DataSourceBuilder<?> builder =
                        DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class);
                return withCredentials(builder).build();
            }
            if (dataSource == null) {
                throw new IllegalStateException("migrate found no DataSource to migrate: the application has several "
                        + "and none is marked @Primary; mark one @Primary, qualify one with @MigrateDataSource, "
                        + "or set migrate.url");
            }
            return dataSource;
        }

        private DataSourceBuilder<?> withCredentials(DataSourceBuilder<?> builder) {
            builder.username(this.properties.getUser());
            builder.password(this.properties.getPassword());
            if (StringUtils.hasText(this.properties.getDriverClassName())) {
                builder.driverClassName(this.properties.getDriverClassName());
            }
            return builder;
        }
    }

    static final class MigrateDataSourceCondition extends AnyNestedCondition {

        MigrateDataSourceCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBeanCondition {}

        @ConditionalOnProperty("migrate.url")
        private static final class MigrateUrlCondition {}
    }
}
