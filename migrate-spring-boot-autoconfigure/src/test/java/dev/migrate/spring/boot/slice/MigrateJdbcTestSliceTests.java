package dev.migrate.spring.boot.slice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.spring.boot.library.Library;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code @JdbcTest} runs the revisions on its test database.
 */
@JdbcTest(properties = "migrate.locations=" + Library.LOCATION)
class MigrateJdbcTestSliceTests {

    @Autowired
    private JdbcTemplate jdbcTemplate;

    @Autowired
    private Migrate migrate;

    @Test
    void theTestDatabaseIsUpgraded() {
        assertThat(this.migrate.current()).containsExactly(Library.HEAD);
        this.jdbcTemplate.update("INSERT INTO book (id, title, author) VALUES (1, 'Emma', 'Austen')");
        assertThat(this.jdbcTemplate.queryForObject("SELECT COUNT(*) FROM book", Integer.class))
                .isEqualTo(1);
    }
}
