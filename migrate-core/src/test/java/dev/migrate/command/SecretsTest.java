package dev.migrate.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

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

    @Test
    void masksAKnownPasswordWhereverADriverRepeatsIt() {
        Secrets secrets = Secrets.of("jdbc:postgresql://h/db", "s3cret-Pw");
        assertThat(secrets.mask("FATAL: password authentication failed (tried s3cret-Pw for user scott)"))
                .isEqualTo("FATAL: password authentication failed (tried *** for user scott)");
    }

    @Test
    void masksAPasswordTakenFromTheUrlInTextThatDoesNotLookLikeAUrl() {
        Secrets secrets = Secrets.of("jdbc:mariadb://root:hunter22@localhost/test", null);
        assertThat(secrets.mask("Access denied, password hunter22 rejected")).doesNotContain("hunter22");
    }

    @Test
    void keepsTheTextAfterAKnownPassword() {
        Secrets secrets = Secrets.none().with("s3cret-Pw");
        assertThat(secrets.mask("Current revision(s) for jdbc:h2:mem:x;PASSWORD=s3cret-Pw:"))
                .isEqualTo("Current revision(s) for jdbc:h2:mem:x;PASSWORD=***:");
    }

    @Test
    void masksAVeryShortPasswordOnlyWhereItStandsAlone() {
        Secrets secrets = Secrets.none().with("pw");
        assertThat(secrets.mask("upgrade pwd table with pw")).isEqualTo("upgrade pwd table with ***");
    }

    @Test
    void masksTheLongerOfTwoOverlappingSecretsWhole() {
        Secrets secrets = Secrets.none().with("abcd").with("abcdefgh");
        assertThat(secrets.mask("x abcdefgh y")).isEqualTo("x *** y");
    }
}
