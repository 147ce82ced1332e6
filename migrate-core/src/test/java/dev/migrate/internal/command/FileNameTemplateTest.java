package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FileNameTemplateTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 7, 9, 5, 2);

    @Test
    void theDefaultNameStartsWithTheCreationTimeSoThatNamesSortByIt() {
        FileNameTemplate names = FileNameTemplate.defaults();
        String earlier = names.render("ffffffffffff", "Add users", CREATED);
        String later = names.render("000000000000", "add posts", CREATED.plusSeconds(1));
        assertThat(earlier).isEqualTo("2026_03_07_090502_ffffffffffff_add_users");
        assertThat(earlier).isLessThan(later);
        assertThat(names.render("a", "x", LocalDateTime.of(2026, 12, 31, 23, 59, 59)))
                .isGreaterThan(names.render("b", "x", LocalDateTime.of(2026, 2, 1, 0, 0, 0)));
    }

    @Test
    void rendersAlembicsTokens() {
        assertThat(new FileNameTemplate("%(rev)s_%(slug)s", 40).render("1975ea83b712", "create account table", CREATED))
                .isEqualTo("1975ea83b712_create_account_table");
        assertThat(new FileNameTemplate("%(year)d%(month)02d%(day).2d-%(rev)s%%", 40).render("r", "", CREATED))
                .isEqualTo("20260307-r%");
    }

    @Test
    void cutsALongSlugAtAWordAsAlembicDoes() {
        FileNameTemplate names = new FileNameTemplate("%(slug)s", 20);
        // Alembic: slug[:20].rsplit("_", 1)[0] + "_"
        assertThat(names.slug("add the email column to the users table")).isEqualTo("add_the_email_");
        assertThat(names.slug("Hello, World! (again)")).isEqualTo("hello_world_again");
    }

    @Test
    void refusesAnUnknownToken() {
        assertThatThrownBy(() -> new FileNameTemplate("%(revision)s", 40).render("r", "m", CREATED))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("%(revision)");
        assertThatThrownBy(() -> new FileNameTemplate("%(rev)s_%d", 40).render("r", "m", CREATED))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("file_template");
    }
}
