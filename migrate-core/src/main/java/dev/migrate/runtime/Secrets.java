package dev.migrate.runtime;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps passwords out of text a user may see: URLs, and the errors a failed connection gives. */
public final class Secrets {

    static final String MASK = "***";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(\\bpassword|\\bpwd)=([^&;,\\s)\\]]*)");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*:)([^@/\\s]+)(@)");

    private Secrets() {
    }

    /** The URL with the values of password parameters and of {@code user:password@} masked. */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String masked = URL_PASSWORD.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "=" + MASK));
        return USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
    }

    /** The passwords a URL carries, in parameters or as {@code user:password@}. */
    static List<String> inUrl(String url) {
        List<String> found = new ArrayList<>();
        if (url != null) {
            Matcher parameters = URL_PASSWORD.matcher(url);
            while (parameters.find()) {
                found.add(parameters.group(2));
            }
            Matcher userInfo = USER_INFO.matcher(url);
            while (userInfo.find()) {
                found.add(userInfo.group(2));
            }
        }
        return found;
    }

    /** The text with every secret and every URL password in it masked. */
    static String mask(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                masked = masked.replace(secret, MASK);
            }
        }
        return maskUrl(masked);
    }

    /**
     * The connection error itself when no secret shows anywhere in it, else a copy of it and its
     * causes with the secrets masked (drivers put the URL, or a piece of it, in their messages).
     */
    static SQLException masked(SQLException error, Collection<String> secrets) {
        if (!shows(error, secrets)) {
            return error;
        }
        SQLException copy = new SQLException(mask(error.getMessage(), secrets), error.getSQLState(), error.getErrorCode());
        copy.setStackTrace(error.getStackTrace());
        if (error.getCause() != null) {
            copy.initCause(maskedCopy(error.getCause(), secrets));
        }
        return copy;
    }

    private static Throwable maskedCopy(Throwable cause, Collection<String> secrets) {
        Exception copy = new Exception(cause.getClass().getName() + ": " + mask(cause.getMessage(), secrets));
        copy.setStackTrace(cause.getStackTrace());
        if (cause.getCause() != null && cause.getCause() != cause) {
            copy.initCause(maskedCopy(cause.getCause(), secrets));
        }
        return copy;
    }

    private static boolean shows(Throwable error, Collection<String> secrets) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (!text.equals(mask(text, secrets))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (shows(suppressed, secrets)) {
                    return true;
                }
            }
        }
        return false;
    }
}
