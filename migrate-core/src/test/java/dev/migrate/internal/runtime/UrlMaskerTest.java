package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
        assertThat(UrlMasker.mask("jdbc:mariadb://h/db?password=tiger")).isEqualTo("jdbc:mariadb://h/db?password=***");
        assertThat(UrlMasker.mask("jdbc:h2:mem:test;USER=sa;PASSWORD=tiger;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:mem:test;USER=sa;PASSWORD=***;MODE=PostgreSQL");
        assertThat(UrlMasker.mask("jdbc:sqlserver://h:1433;databaseName=x;password=tiger"))
                .isEqualTo("jdbc:sqlserver://h:1433;databaseName=x;password=***");
        assertThat(UrlMasker.mask("jdbc:postgresql://h/db?sslpassword=tiger"))
                .isEqualTo("jdbc:postgresql://h/db?sslpassword=***");
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

    @Test
    void masksTheWholeValueEachDriverReadsAsThePassword() {
        // PostgreSQL's and MariaDB's drivers split the query at '&' only: ';' ',' ')' '(' and blanks are the password's
        String url = "jdbc:postgresql://h/db?user=u&password=Pw;Tail,A)B(C D&ssl=false";
        // in free text a blank ends the value; the whole value, read from the URL alone, is a known secret
        assertThat(UrlMasker.passwordsIn(url)).containsExactly("Pw;Tail,A)B(C D");
        assertThat(UrlMasker.mask("jdbc:mariadb://h/db?password=Pw;Tail,A)B&user=u"))
                .isEqualTo("jdbc:mariadb://h/db?password=***&user=u");
        assertThat(UrlMasker.mask("connect to jdbc:postgresql://h/db?password=a;b,c) failed"))
                .isEqualTo("connect to jdbc:postgresql://h/db?password=*** failed");
        // H2 splits its settings at ';'
        assertThat(UrlMasker.mask("jdbc:h2:mem:x;PASSWORD=a,b)c;FILE_PASSWORD=d(e;MODE=MySQL"))
                .isEqualTo("jdbc:h2:mem:x;PASSWORD=***;FILE_PASSWORD=***;MODE=MySQL");
        assertThat(UrlMasker.passwordsIn("jdbc:h2:mem:x;PASSWORD=a,b c;USER=sa"))
                .containsExactly("a,b c");
        // PostgreSQL decodes percent-encoding; both spellings are secrets
        assertThat(UrlMasker.passwordsIn("jdbc:postgresql://h/db?password=a%26b%3Bc+d"))
                .containsExactly("a%26b%3Bc+d", "a&b;c d");
        assertThat(UrlMasker.mask("jdbc:sqlite:/tmp/x.db?password=a;b"))
                .isEqualTo("jdbc:sqlite:/tmp/x.db?password=***");
    }
}
