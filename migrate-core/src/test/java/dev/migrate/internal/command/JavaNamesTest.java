package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    @Test
    void makesAValidClassNameThatKeepsTheTimeOrder() {
        assertThat(JavaNames.className("2026_03_07_090502_1975ea83b712_add_users"))
                .isEqualTo("R2026_03_07_090502_1975ea83b712_add_users");
        assertThat(JavaNames.className("1975ea83b712-add users.v2")).isEqualTo("R1975ea83b712_add_users_v2");
        assertThat(JavaNames.className("class")).isEqualTo("Rclass");
        assertThat(JavaNames.className("AddUsers")).isEqualTo("AddUsers");
        for (String name : new String[] {"", "_", "9", "a-b", "élan", "x y"}) {
            assertThat(SourceVersion.isName(JavaNames.className(name))).as(name).isTrue();
        }
    }

    @Test
    void checksPackageNames() {
        assertThat(JavaNames.checkPackage("db.migrations", "revision_package")).isEqualTo("db.migrations");
        assertThatThrownBy(() -> JavaNames.checkPackage("db.2migrations", "revision_package"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("revision_package");
        assertThatThrownBy(() -> JavaNames.checkPackage("db.class", "revision_package"))
                .isInstanceOf(BadInputException.class);
    }
}
