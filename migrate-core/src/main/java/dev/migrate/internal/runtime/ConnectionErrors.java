package dev.migrate.internal.runtime;

import java.sql.SQLException;
import java.util.Collection;

/**
 * Keeps passwords out of the errors a failed connection gives: drivers put the URL, or a piece
 * of it, in their messages, and those messages reach logs and terminals.
 */
final class ConnectionErrors {

    private ConnectionErrors() {}

    /**
     * The connection error itself when no secret shows anywhere in it, else a copy of it and its
     * causes with the secrets masked.
     */
    static SQLException masked(SQLException error, Collection<String> secrets) {
        if (!shows(error, secrets)) {
            return error;
        }
        SQLException copy =
                new SQLException(mask(error.getMessage(), secrets), error.getSQLState(), error.getErrorCode());
        copy.setStackTrace(error.getStackTrace());
        if (error.getCause() != null) {
            copy.initCause(maskedCopy(error.getCause(), secrets));
        }
        return copy;
    }

    /** The text with every secret and every URL password in it masked. */
    static String mask(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                masked = masked.replace(secret, UrlMasker.MASK);
            }
        }
        return UrlMasker.mask(masked);
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
