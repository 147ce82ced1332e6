package dev.migrate.internal.command;

import dev.migrate.internal.runtime.UrlMasker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets of one run (the password, wherever it came from, and those written in the URL),
 * and the masking of any text before it is shown: URL passwords by their shape, known secrets
 * wherever they appear, because drivers repeat the URL or the password in their messages.
 */
public final class Secrets {

    // A very short password would otherwise blank out every matching letter of the output;
    // such a password is only masked where it stands as a word of its own.
    private static final int SUBSTRING_MASKING_MIN_LENGTH = 4;

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = List.copyOf(values);
    }

    public static Secrets none() {
        return new Secrets(List.of());
    }

    /** The given password (may be {@code null}) plus every password written in {@code url}. */
    public static Secrets of(String url, String password) {
        return none().withUrl(url).with(password);
    }

    public Secrets with(String secret) {
        if (secret == null || secret.isEmpty() || values.contains(secret)) {
            return this;
        }
        Set<String> all = new LinkedHashSet<>(values);
        all.add(secret);
        List<String> longestFirst = new ArrayList<>(all);
        // longest first, so that a secret containing another is masked whole
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new Secrets(longestFirst);
    }

    public Secrets withUrl(String url) {
        Secrets secrets = this;
        for (String password : UrlMasker.passwordsIn(url)) {
            secrets = secrets.with(password);
        }
        return secrets;
    }

    /** {@code text} as it may be shown: URL passwords and every known secret replaced by {@code ***}. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : values) {
            masked = secret.length() >= SUBSTRING_MASKING_MIN_LENGTH
                    ? masked.replace(secret, UrlMasker.MASK)
                    : maskWord(masked, secret);
        }
        return UrlMasker.mask(masked);
    }

    private static String maskWord(String text, String secret) {
        Matcher matcher = Pattern.compile("(?<![\\w])" + Pattern.quote(secret) + "(?![\\w])")
                .matcher(text);
        return matcher.replaceAll(Matcher.quoteReplacement(UrlMasker.MASK));
    }
}
