package dev.migrate.spring.boot.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.library.Library;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The example to copy: a PostgreSQL container as a {@code @ServiceConnection}, upgraded by
 * migrate before Hibernate validates the entities. It runs where Docker is available.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(
        classes = ServiceConnectionApplication.class,
        properties = {"migrate.locations=" + Library.LOCATION, "spring.jpa.hibernate.ddl-auto=validate"})
class MigrateServiceConnectionTests {

    @Container
    @ServiceConnection
    static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");

    @Autowired
    private Migrate migrate;

    @Autowired
    private JdbcTemplate jdbcTemplate;

    @Test
    void theContainerDatabaseIsUpgradedAtStartup() {
        assertThat(this.migrate.current()).containsExactly(Library.HEAD);
        assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM book", Integer.class))
                .isZero();
    }
}
