package dev.migrate.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the passwords that JDBC URLs and driver messages carry: the {@code user:password@}
 * part of an authority and {@code password=} parameters, whether they follow {@code ?}, {@code &}
 * or {@code ;} (H2, SQL Server). The password is replaced by {@code ***}, as Alembic shows it.
 */
public final class UrlMasker {

    public static final String MASK = "***";

    // A password with '/', '?' or '#' must be percent-encoded in a URL, so stopping there keeps
    // "host:5432/db?mail=a@b" from being taken for "user:password@".
    private static final Pattern USER_INFO = Pattern.compile("(://[^:/@\\s?#;]*:)([^@\\s/?#]+)(@)");

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile(
            "(?i)((?:^|[?&;\\s,(])(?:\\w*password|pwd|passwd)\\s*=\\s*)([^&;\\s,)]+)");

    private UrlMasker() {
    }

    /** {@code text} with every URL password and {@code password=} value replaced by {@code ***}. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = replaceGroup(USER_INFO.matcher(text));
        return replaceGroup(PASSWORD_PARAMETER.matcher(masked));
    }

    /** The passwords written in {@code url}, as written and percent-decoded, to mask them elsewhere. */
    public static List<String> passwordsIn(String url) {
        List<String> passwords = new ArrayList<>();
        if (url == null) {
            return passwords;
        }
        collect(USER_INFO.matcher(url), passwords);
        collect(PASSWORD_PARAMETER.matcher(url), passwords);
        return passwords;
    }

    private static void collect(Matcher matcher, List<String> passwords) {
        while (matcher.find()) {
            String password = matcher.group(2);
            if (!password.equals(MASK)) {
                passwords.add(password);
                String decoded = decode(password);
                if (!decoded.equals(password)) {
                    passwords.add(decoded);
                }
            }
        }
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }

    private static String replaceGroup(Matcher matcher) {
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            // a value already masked (a known secret) keeps what follows it, e.g. the ':' in "...=***:"
            String value = matcher.group(2).startsWith(MASK) ? matcher.group(2) : MASK;
            String replacement = matcher.group(1) + value + (matcher.groupCount() >= 3 ? matcher.group(3) : "");
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
