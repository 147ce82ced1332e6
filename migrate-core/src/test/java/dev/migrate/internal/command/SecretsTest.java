package dev.migrate.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

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

    @Test
    void masksAUrlPasswordWithSeparatorsAndBlanksWhole() {
        String url = "jdbc:postgresql://h/db?user=u&password=Pw;Tail,A)B(C D&ssl=false";
        assertThat(Secrets.of(url, null).mask("Current revision(s) for " + url + ":"))
                .isEqualTo("Current revision(s) for jdbc:postgresql://h/db?user=u&password=***&ssl=false:");
    }
}
