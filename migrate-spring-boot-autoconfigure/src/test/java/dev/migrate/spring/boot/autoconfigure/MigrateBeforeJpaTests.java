package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.library.Book;
import dev.migrate.spring.boot.library.Library;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The upgrade runs before JPA and before JDBC users, on each real database: Hibernate validates
 * an entity whose table only the revisions create.
 */
class MigrateBeforeJpaTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class,
                    MigrateAutoConfiguration.class))
            .withUserConfiguration(LibraryConfiguration.class)
            .withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "migrate.locations=" + Library.LOCATION);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hibernateValidatesTablesThatTheUpgradeCreated(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            this.contextRunner.withPropertyValues(datasource(database)).run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(Migrate.class).current()).containsExactly(Library.HEAD);
                EntityManager entityManager =
                        context.getBean(EntityManagerFactory.class).createEntityManager();
                entityManager.getTransaction().begin();
                entityManager.persist(new Book(1L, "Dune", "Herbert"));
                entityManager.getTransaction().commit();
                entityManager.close();
                assertThat(context.getBean(JdbcTemplate.class)
                                .queryForObject("SELECT author FROM book WHERE id = 1", String.class))
                        .isEqualTo("Herbert");
                assertThat(context.getBean(BookCounter.class).countAtStartup).isZero();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutTheUpgradeHibernateRefusesTheSchema(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            this.contextRunner
                    .withPropertyValues(datasource(database))
                    .withPropertyValues("migrate.enabled=false")
                    .run((context) ->
                            assertThat(context).getFailure().rootCause().hasMessageContaining("book"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSecondStartFindsNothingToDo(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            this.contextRunner.withPropertyValues(datasource(database)).run((context) -> assertThat(context)
                    .hasNotFailed());
            this.contextRunner.withPropertyValues(datasource(database)).run((context) -> {
                assertThat(context).hasNotFailed();
                List<String> applied = context.getBean(Migrate.class).appliedHistory().stream()
                        .filter((row) -> row.direction() == dev.migrate.Direction.UPGRADE)
                        .map((row) -> row.revision())
                        .toList();
                assertThat(applied).containsExactlyElementsOf(Library.REVISIONS);
            });
        }
    }

    static String[] datasource(ScratchDatabase database) {
        return new String[] {
            "spring.datasource.url=" + database.url(),
            "spring.datasource.username=" + database.user(),
            "spring.datasource.password=" + database.password()
        };
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Book.class)
    static class LibraryConfiguration {

        @Bean
        @DependsOnDatabaseInitialization
        BookCounter bookCounter(DataSource dataSource) {
            return new BookCounter(new JdbcTemplate(dataSource));
        }
    }

    /** Reads the table in its constructor: it would fail if it were created before the upgrade. */
    static class BookCounter {

        final int countAtStartup;

        BookCounter(JdbcTemplate jdbcTemplate) {
            this.countAtStartup = jdbcTemplate.queryForObject("SELECT COUNT(*) FROM book", Integer.class);
        }
    }
}
