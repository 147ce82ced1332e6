package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.MigrationListener;
import dev.migrate.MigrationStepInfo;
import dev.migrate.spring.boot.library.Library;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Which database the startup upgrade reaches, and what it is told, checked on the databases
 * themselves.
 */
class MigrateUpgradeTargetsTests {

    private final String applicationUrl = "jdbc:h2:mem:application-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private final String dedicatedUrl = "jdbc:h2:mem:dedicated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
            .withPropertyValues(
                    "migrate.locations=" + Library.LOCATION,
                    "spring.datasource.url=" + this.applicationUrl,
                    "spring.datasource.username=sa");

    @Test
    void upgradesTheApplicationDataSource() {
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(hasBookTable(this.applicationUrl)).isTrue();
        });
    }

    @Test
    void migrateUrlUpgradesThatDatabaseInstead() {
        this.contextRunner
                .withPropertyValues("migrate.url=" + this.dedicatedUrl, "migrate.user=sa")
                .run((context) -> {
                    assertThat(context).hasNotFailed();
                    assertThat(hasBookTable(this.dedicatedUrl)).isTrue();
                    assertThat(hasBookTable(this.applicationUrl)).isFalse();
                });
    }

    @Test
    void migrateDataSourceBeanUpgradesThatDatabaseInstead() {
        this.contextRunner
                .withUserConfiguration(DedicatedDataSourceConfiguration.class)
                .withBean("dedicatedUrl", String.class, () -> this.dedicatedUrl)
                .run((context) -> {
                    assertThat(context).hasNotFailed();
                    assertThat(hasBookTable(this.dedicatedUrl)).isTrue();
                    assertThat(hasBookTable(this.applicationUrl)).isFalse();
                });
    }

    @Test
    void targetStopsTheUpgradeThere() {
        this.contextRunner.withPropertyValues("migrate.target=" + Library.BASE).run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(hasBookTable(this.applicationUrl)).isTrue();
            assertThat(hasColumn(this.applicationUrl, "BOOK", "AUTHOR")).isFalse();
        });
    }

    @Test
    void listenerBeansHearEveryStep() {
        this.contextRunner
                .withUserConfiguration(RecordingListenerConfiguration.class)
                .run((context) -> {
                    RecordingListener listener = context.getBean(RecordingListener.class);
                    assertThat(listener.completed).containsExactlyElementsOf(Library.REVISIONS);
                    assertThat(listener.runs).containsExactly("upgrade:2:true");
                });
    }

    @Test
    void aBadTargetFailsStartupNamingIt() {
        this.contextRunner
                .withPropertyValues("migrate.target=nosuchrevision")
                .run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("nosuchrevision"));
    }

    private static boolean hasBookTable(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet tables = connection.getMetaData().getTables(null, null, "BOOK", null)) {
            return tables.next();
        }
    }

    private static boolean hasColumn(String url, String table, String column) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet columns = connection.getMetaData().getColumns(null, null, table, column)) {
            return columns.next();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DedicatedDataSourceConfiguration {

        @MigrateDataSource
        @Bean(defaultCandidate = false)
        DataSource dedicatedDataSource(String dedicatedUrl) {
            return DataSourceBuilder.create()
                    .type(SimpleDriverDataSource.class)
                    .url(dedicatedUrl)
                    .username("sa")
                    .build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RecordingListenerConfiguration {

        @Bean
        RecordingListener recordingListener() {
            return new RecordingListener();
        }
    }

    static class RecordingListener implements MigrationListener {

        final List<String> completed = new ArrayList<>();

        final List<String> runs = new ArrayList<>();

        @Override
        public void stepCompleted(MigrationStepInfo step, int index, int total, Duration elapsed) {
            this.completed.add(step.revision());
        }

        @Override
        public void runFinished(dev.migrate.Direction direction, int applied, Duration elapsed, boolean success) {
            this.runs.add(direction.label() + ":" + applied + ":" + success);
        }
    }
}
