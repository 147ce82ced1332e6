package dev.migrate.internal.runtime;

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
 *
 * <p>A parameter's value is what the drivers read as the password: PostgreSQL's and MariaDB's
 * drivers (and SQLite's) split the query after {@code ?} at {@code &} only, so {@code ;}, {@code ,},
 * {@code )} and even spaces belong to the password; H2 and SQL Server write settings after
 * {@code ;} and split them at {@code ;}. So a parameter introduced by {@code ;} ends at the next
 * {@code ;}, any other at the next {@code &}. PostgreSQL's driver also percent-decodes the value
 * (MariaDB's does not), so both spellings are secrets.
 */
public final class UrlMasker {

    public static final String MASK = "***";

    // A password with '/', '?' or '#' must be percent-encoded in a URL, so stopping there keeps
    // "host:5432/db?mail=a@b" from being taken for "user:password@".
    private static final Pattern USER_INFO = Pattern.compile("(://[^:/@\\s?#;]*:)([^@\\s/?#]+)(@)");

    // In free text the value ends at '&' or a blank (a driver's message goes on after the URL), and
    // at ';' when the parameter was introduced by ';'. Masking more than the password is harmless.
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:^|[?&;\\s,(])(?:\\w*password|pwd|passwd)\\s*=\\s*)([^&\\s]+)");

    private UrlMasker() {}

    /** {@code text} with every URL password and {@code password=} value replaced by {@code ***}. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return maskParameters(maskUserInfo(text));
    }

    /**
     * The passwords written in {@code url}, exactly as its driver reads them (the whole value up to
     * the next {@code &}, or {@code ;} for a {@code ;} setting), as written and percent-decoded, to mask
     * them elsewhere.
     */
    public static List<String> passwordsIn(String url) {
        List<String> passwords = new ArrayList<>();
        if (url == null) {
            return passwords;
        }
        collect(USER_INFO.matcher(url), url, passwords, false);
        collect(PASSWORD_PARAMETER.matcher(url), url, passwords, true);
        return passwords;
    }

    private static void collect(Matcher matcher, String url, List<String> passwords, boolean wholeParameter) {
        while (matcher.find()) {
            String password = wholeParameter ? wholeValue(url, matcher) : matcher.group(2);
            if (!password.equals(MASK) && !password.isEmpty()) {
                passwords.add(password);
                String decoded = decode(password);
                if (!decoded.equals(password)) {
                    passwords.add(decoded);
                }
            }
        }
    }

    /** In a URL given alone, the value runs to the driver's separator: blanks are part of it. */
    private static String wholeValue(String url, Matcher matcher) {
        int start = matcher.start(2);
        int end = url.indexOf(separator(url, matcher), start);
        return url.substring(start, end < 0 ? url.length() : end);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }

    /** {@code ;} for a parameter written after {@code ;} (H2, SQL Server), else {@code &}. */
    private static char separator(String text, Matcher parameter) {
        return text.charAt(parameter.start(1)) == ';' ? ';' : '&';
    }

    private static String maskUserInfo(String text) {
        Matcher matcher = USER_INFO.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            // a value already masked (a known secret) keeps what follows it, e.g. the ':' in "...:***x@"
            String shown = matcher.group(2).startsWith(MASK) ? matcher.group(2) : MASK;
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + shown + matcher.group(3)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String maskParameters(String text) {
        Matcher matcher = PASSWORD_PARAMETER.matcher(text);
        StringBuilder result = new StringBuilder();
        int position = 0;
        while (position < text.length() && matcher.find(position)) {
            int start = matcher.start(2);
            int end = matcher.end(2);
            int semicolon = text.indexOf(';', start);
            if (separator(text, matcher) == ';' && semicolon >= 0 && semicolon < end) {
                // the setting ends at ';': what follows is the next setting, scanned in turn
                end = semicolon;
            }
            String value = text.substring(start, end);
            result.append(text, position, start).append(value.startsWith(MASK) ? value : MASK);
            position = end;
        }
        return result.append(text.substring(position)).toString();
    }
}
