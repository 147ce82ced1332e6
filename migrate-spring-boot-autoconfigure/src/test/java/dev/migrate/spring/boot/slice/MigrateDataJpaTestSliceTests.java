package dev.migrate.spring.boot.slice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.library.Book;
import dev.migrate.spring.boot.library.Library;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * {@code @DataJpaTest} runs the revisions before Hibernate validates the entities.
 */
@DataJpaTest(properties = {"migrate.locations=" + Library.LOCATION, "spring.jpa.hibernate.ddl-auto=validate"})
class MigrateDataJpaTestSliceTests {

    @Autowired
    private TestEntityManager entityManager;

    @Test
    void entitiesMapOntoTheUpgradedSchema() {
        this.entityManager.persistAndFlush(new Book(7L, "Persuasion", "Austen"));
        this.entityManager.clear();
        assertThat(this.entityManager.find(Book.class, 7L).getTitle()).isEqualTo("Persuasion");
    }
}
