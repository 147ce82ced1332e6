package dev.migrate.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlMaskerTest {
    @Test
    void masksThePasswordOfAUserInfoUrl() {
        assertThat(UrlMasker.mask("jdbc:postgresql://scott:tiger@db.example.com:5432/shop"))
                .isEqualTo("jdbc:postgresql://scott:***@db.example.com:5432/shop");
    }

    @Test
    void masksPasswordParametersWhateverSeparatesThem() {
        assertThat(UrlMasker.mask("jdbc:postgresql://h/db?user=scott&password=tiger&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=scott&password=***&ssl=true");
        assertThat(UrlMasker.mask("jdbc:mariadb://h/db?password=tiger"))
                .isEqualTo("jdbc:mariadb://h/db?password=***");
        assertThat(UrlMasker.mask("jdbc:h2:mem:test;USER=sa;PASSWORD=tiger;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:mem:test;USER=sa;PASSWORD=***;MODE=PostgreSQL");
        assertThat(UrlMasker.mask("jdbc:sqlserver://h:1433;databaseName=x;password=tiger"))
                .isEqualTo("jdbc:sqlserver://h:1433;databaseName=x;password=***");
        assertThat(UrlMasker.mask("jdbc:postgresql://h/db?sslpassword=tiger")).isEqualTo("jdbc:postgresql://h/db?sslpassword=***");
    }

    @Test
    void leavesUrlsWithoutPasswordsAlone() {
        String url = "jdbc:postgresql://db.example.com:5432/shop?user=scott&mail=a@b.org";
        assertThat(UrlMasker.mask(url)).isEqualTo(url);
        assertThat(UrlMasker.mask("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
    }

    @Test
    void findsThePasswordsWrittenInAUrl() {
        assertThat(UrlMasker.passwordsIn("jdbc:postgresql://scott:ti%40ger@h/db?password=lion"))
                .containsExactly("ti%40ger", "ti@ger", "lion");
    }
}
