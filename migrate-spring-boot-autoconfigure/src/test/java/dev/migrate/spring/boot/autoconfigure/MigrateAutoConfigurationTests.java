package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.MigrateSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.EmbeddedDataSourceConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Tests for {@link MigrateAutoConfiguration} that need no database work: every context here
 * replaces the startup upgrade with a {@link RecordingStrategy}.
 */
class MigrateAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void backsOffWithNoDataSourceBeanAndNoMigrateUrl() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(Migrate.class);
            assertThat(context).doesNotHaveBean(MigrateInitializer.class);
        });
    }

    @Test
    void backsOffWhenMigrateIsNotOnTheClasspath() {
        this.contextRunner
                .withUserConfiguration(EmbeddedDataSourceConfiguration.class)
                .withClassLoader(new FilteredClassLoader(Migrate.class))
                .run((context) -> assertThat(context)
                        .doesNotHaveBean(MigrateInitializer.class)
                        .doesNotHaveBean(MigrateProperties.class));
    }

    @Test
    void backsOffWhenDisabledByProperty() {
        this.contextRunner
                .withUserConfiguration(EmbeddedDataSourceConfiguration.class, RecordingStrategy.class)
                .withPropertyValues("migrate.enabled=false")
                .run((context) -> {
                    assertThat(context).doesNotHaveBean(Migrate.class);
                    assertThat(context.getBean(RecordingStrategy.class).calls).isEmpty();
                });
    }

    @Test
    void createsRunnerAndInitializerOnTheApplicationDataSource() {
        this.contextRunner
                .withUserConfiguration(EmbeddedDataSourceConfiguration.class, RecordingStrategy.class)
                .run((context) -> {
                    assertThat(context).hasSingleBean(Migrate.class).hasSingleBean(MigrateInitializer.class);
                    Migrate migrate = context.getBean(Migrate.class);
                    assertThat(migrate.settings()).isEqualTo(MigrateSettings.defaults());
                    assertThat(context.getBean(RecordingStrategy.class).calls)
                            .containsExactly(new StrategyCall(migrate, "heads"));
                    assertThat(context.getBean(MigrateSchemaManagementProvider.class)
                                    .getSchemaManagement(context.getBean(DataSource.class)))
                            .isEqualTo(SchemaManagement.MANAGED);
                });
    }

    @Test
    void createsRunnerWithNoDataSourceBeanAndMigrateUrl() {
        this.contextRunner
                .withUserConfiguration(RecordingStrategy.class)
                .withPropertyValues("migrate.url=jdbc:h2:mem:" + UUID.randomUUID())
                .run((context) -> {
                    assertThat(context).hasSingleBean(Migrate.class);
                    assertThat(context.getBean(RecordingStrategy.class).calls).hasSize(1);
                });
    }

    @Test
    void upgradesToTheConfiguredTarget() {
        this.contextRunner
                .withUserConfiguration(EmbeddedDataSourceConfiguration.class, RecordingStrategy.class)
                .withPropertyValues("migrate.target=billing@head")
                .run((context) -> assertThat(context.getBean(RecordingStrategy.class).calls)
                        .extracting(StrategyCall::target)
                        .containsExactly("billing@head"));
    }

    @Test
    void propertiesBindToTheRunnerSettings() {
        this.contextRunner
                .withUserConfiguration(EmbeddedDataSourceConfiguration.class, RecordingStrategy.class)
                .withPropertyValues(
                        "migrate.locations=classpath:db/library,classpath:db/migrations",
                        "migrate.version-table=app_version",
                        "migrate.history-table=app_history",
                        "migrate.schema=audit",
                        "migrate.transaction-per-migration=false",
                        "migrate.lock-timeout=5",
                        "migrate.validate-checksums=false")
                .run((context) -> assertThat(context.getBean(Migrate.class).settings())
                        .isEqualTo(MigrateSettings.defaults()
                                .withLocations(List.of("classpath:db/library", "classpath:db/migrations"))
                                .withVersionTable("app_version")
                                .withHistoryTable("app_history")
                                .withSchema("audit")
                                .withTransactionPerMigration(false)
                                .withLockTimeout(Duration.ofSeconds(5))
                                .withValidateChecksums(false)));
    }

    @Test
    void lockTimeoutAcceptsAUnit() {
        this.contextRunner
                .withUserConfiguration(EmbeddedDataSourceConfiguration.class, RecordingStrategy.class)
                .withPropertyValues("migrate.lock-timeout=250ms")
                .run((context) -> assertThat(
                                context.getBean(Migrate.class).settings().lockTimeout())
                        .isEqualTo(Duration.ofMillis(250)));
    }

    @Test
    void customizersRunInOrderAfterTheProperties() {
        this.contextRunner
                .withUserConfiguration(
                        EmbeddedDataSourceConfiguration.class, RecordingStrategy.class, CustomizerConfiguration.class)
                .withPropertyValues("migrate.version-table=from_property")
                .run((context) -> assertThat(
                                context.getBean(Migrate.class).settings().versionTable())
                        .isEqualTo("second_customizer"));
    }

    @Test
    void migrateDataSourceIsUsedInsteadOfTheApplicationDataSource() {
        this.contextRunner
                .withUserConfiguration(MigrateDataSourceConfiguration.class, RecordingStrategy.class)
                .run((context) -> {
                    assertThat(context).hasSingleBean(Migrate.class);
                    MigrateSchemaManagementProvider provider = context.getBean(MigrateSchemaManagementProvider.class);
                    assertThat(provider.getSchemaManagement(context.getBean("normalDataSource", DataSource.class)))
                            .isEqualTo(SchemaManagement.UNMANAGED);
                    assertThat(provider.getSchemaManagement(context.getBean("migrateDataSource", DataSource.class)))
                            .isEqualTo(SchemaManagement.MANAGED);
                });
    }

    @Test
    void migrateDataSourceIsUsedAmongSeveralDataSources() {
        this.contextRunner
                .withUserConfiguration(MultipleDataSourcesConfiguration.class, RecordingStrategy.class)
                .run((context) -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Migrate.class);
                    assertThat(context.getBean(MigrateSchemaManagementProvider.class)
                                    .getSchemaManagement(context.getBean("migrateDataSource", DataSource.class)))
                            .isEqualTo(SchemaManagement.MANAGED);
                });
    }

    @Test
    void severalDataSourcesWithoutAChoiceFailWithAMessageThatSaysWhatToDo() {
        this.contextRunner
                .withUserConfiguration(TwoPlainDataSourcesConfiguration.class, RecordingStrategy.class)
                .run((context) -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("@MigrateDataSource")
                        .hasMessageContaining("migrate.url"));
    }

    @Test
    void userMigrateBeanWins() {
        this.contextRunner
                .withUserConfiguration(
                        EmbeddedDataSourceConfiguration.class, UserMigrateConfiguration.class, RecordingStrategy.class)
                .run((context) -> {
                    assertThat(context).hasSingleBean(Migrate.class);
                    assertThat(context.getBean(Migrate.class).settings().versionTable())
                            .isEqualTo("user_version");
                    // Like Flyway's, the initializer belongs to the auto-configured runner only.
                    assertThat(context).doesNotHaveBean(MigrateInitializer.class);
                });
    }

    @Test
    void userInitializerWins() {
        this.contextRunner
                .withUserConfiguration(EmbeddedDataSourceConfiguration.class, UserInitializerConfiguration.class)
                .run((context) -> {
                    assertThat(context).hasSingleBean(MigrateInitializer.class);
                    MigrateInitializer initializer = context.getBean(MigrateInitializer.class);
                    assertThat(initializer.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
                    assertThat(context.getBean(UserInitializerConfiguration.class).strategy.calls)
                            .hasSize(1);
                });
    }

    @Test
    void jdbcTemplateWaitsForTheUpgrade() {
        this.contextRunner
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class))
                .withUserConfiguration(RecordingStrategy.class)
                .run((context) -> {
                    BeanDefinition jdbcTemplate = context.getBeanFactory().getBeanDefinition("jdbcTemplate");
                    assertThat(jdbcTemplate.getDependsOn()).contains("migrateInitializer", "migrate");
                });
    }

    @Test
    void beansMarkedDependsOnDatabaseInitializationWaitForTheUpgrade() {
        this.contextRunner
                .withUserConfiguration(
                        EmbeddedDataSourceConfiguration.class,
                        RecordingStrategy.class,
                        DependsOnDatabaseInitializationConfiguration.class)
                .run((context) -> {
                    BeanDefinition reader = context.getBeanFactory().getBeanDefinition("reportReader");
                    assertThat(reader.getDependsOn()).contains("migrateInitializer", "migrate");
                });
    }

    @Test
    void userMigrateBeanIsWaitedForToo() {
        this.contextRunner
                .withUserConfiguration(
                        EmbeddedDataSourceConfiguration.class,
                        UserMigrateConfiguration.class,
                        DependsOnDatabaseInitializationConfiguration.class)
                .run((context) -> assertThat(context.getBeanFactory()
                                .getBeanDefinition("reportReader")
                                .getDependsOn())
                        .containsExactly("userMigrate"));
    }

    @Test
    void hibernateDoesNotCreateOrDropAnEmbeddedDatabaseThatMigrateManages() {
        this.contextRunner
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
                .withUserConfiguration(RecordingStrategy.class)
                .run((context) -> {
                    assertThat(context).hasNotFailed();
                    // Boot leaves the setting out when the mode is none.
                    assertThat(jpaProperties(context.getBean(LocalContainerEntityManagerFactoryBean.class)))
                            .doesNotContainKey("hibernate.hbm2ddl.auto");
                    BeanDefinition entityManagerFactory =
                            context.getBeanFactory().getBeanDefinition("entityManagerFactory");
                    assertThat(entityManagerFactory.getDependsOn()).contains("migrateInitializer");
                });
    }

    @Test
    void hibernateKeepsItsEmbeddedDefaultWhenMigrateIsDisabled() {
        this.contextRunner
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
                .withPropertyValues("migrate.enabled=false")
                .run((context) -> assertThat(
                                jpaProperties(context.getBean(LocalContainerEntityManagerFactoryBean.class)))
                        .containsEntry("hibernate.hbm2ddl.auto", "create-drop"));
    }

    @Test
    void deferredJpaInitializationFailsWithAMessageThatExplains() {
        this.contextRunner
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
                .withUserConfiguration(RecordingStrategy.class)
                .withPropertyValues("spring.jpa.defer-datasource-initialization=true")
                .run((context) -> assertThat(context)
                        .getFailure()
                        .isInstanceOf(BadInputException.class)
                        .hasMessageContaining("spring.jpa.defer-datasource-initialization=true")
                        .hasMessageContaining("migrate.enabled=false"));
    }

    @Test
    void deferredJpaInitializationIsFineWhenMigrateIsDisabled() {
        this.contextRunner
                .withConfiguration(
                        AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class))
                .withPropertyValues("spring.jpa.defer-datasource-initialization=true", "migrate.enabled=false")
                .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void passwordStaysOutOfThePropertiesText() {
        this.contextRunner
                .withUserConfiguration(RecordingStrategy.class)
                .withPropertyValues(
                        "migrate.url=jdbc:h2:mem:" + UUID.randomUUID(),
                        "migrate.user=sa",
                        "migrate.password=s3cr3t-value")
                .run((context) -> assertThat(
                                context.getBean(MigrateProperties.class).toString())
                        .contains("sa")
                        .doesNotContain("s3cr3t-value"));
    }

    private static Map<String, Object> jpaProperties(LocalContainerEntityManagerFactoryBean factory) {
        return factory.getJpaPropertyMap();
    }

    record StrategyCall(Migrate migrate, String target) {}

    /** A strategy bean that records what it was asked to do instead of touching the database. */
    @Configuration(proxyBeanMethods = false)
    static class RecordingStrategy implements MigrateStrategy {

        final List<StrategyCall> calls = new ArrayList<>();

        @Override
        public void migrate(Migrate migrate, String target) {
            this.calls.add(new StrategyCall(migrate, target));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizerConfiguration {

        @Bean
        @Order(2)
        MigrateConfigurationCustomizer secondCustomizer() {
            return (builder) -> builder.versionTable("second_customizer");
        }

        @Bean
        @Order(1)
        MigrateConfigurationCustomizer firstCustomizer() {
            return (builder) -> builder.versionTable("first_customizer");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MigrateDataSourceConfiguration {

        @Bean
        DataSource normalDataSource() {
            return h2("normal");
        }

        @MigrateDataSource
        @Bean(defaultCandidate = false)
        DataSource migrateDataSource() {
            return h2("migrate");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MultipleDataSourcesConfiguration {

        @Bean
        DataSource firstDataSource() {
            return h2("first");
        }

        @Bean
        DataSource secondDataSource() {
            return h2("second");
        }

        @MigrateDataSource
        @Bean(defaultCandidate = false)
        DataSource migrateDataSource() {
            return h2("migrate");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoPlainDataSourcesConfiguration {

        @Bean
        DataSource firstDataSource() {
            return h2("first");
        }

        @Bean
        DataSource secondDataSource() {
            return h2("second");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserMigrateConfiguration {

        @Bean
        Migrate userMigrate(DataSource dataSource) {
            return Migrate.configure()
                    .dataSource(dataSource)
                    .versionTable("user_version")
                    .load();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserInitializerConfiguration {

        final RecordingStrategy strategy = new RecordingStrategy();

        @Bean
        MigrateInitializer userMigrateInitializer(Migrate migrate) {
            MigrateInitializer initializer = new MigrateInitializer(migrate, "heads", this.strategy);
            initializer.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return initializer;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DependsOnDatabaseInitializationConfiguration {

        @Bean
        @DependsOnDatabaseInitialization
        StringBuilder reportReader() {
            return new StringBuilder();
        }
    }

    private static DataSource h2(String name) {
        return DataSourceBuilder.create()
                .type(SimpleDriverDataSource.class)
                .url("jdbc:h2:mem:" + name + "-" + UUID.randomUUID())
                .username("sa")
                .build();
    }
}
