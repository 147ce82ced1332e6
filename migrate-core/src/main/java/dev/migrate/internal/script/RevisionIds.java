package dev.migrate.internal.script;

import java.util.Locale;
import java.util.Set;

/**
 * The rules every revision id and branch label follows, in SQL headers and {@code @Revision}
 * alike: non-empty, at most 128 characters, no whitespace or comma, and none of {@code @ - + :},
 * which targets use ({@code billing@head}, {@code head-1}, {@code ae10+2}, ranges {@code a:b}),
 * and not one of the words targets use on their own ({@code head}, {@code heads}, {@code base}).
 * An id names a file ({@code file_template}'s {@code %(rev)s}) and is written into scripts, so it
 * holds no path separator ({@code /} or backslash) and no control character either.
 */
public final class RevisionIds {

    static final int MAX_LENGTH = 128;

    private static final String RESERVED = "@-+:";

    /** Words a target means by itself: an id or label spelled so could never be named. */
    public static final Set<String> TARGET_WORDS = Set.of("head", "heads", "base");

    private RevisionIds() {}

    /**
     * What is wrong with an id or label, as the end of a sentence that starts with its name
     * ({@code "revision 'a-b' contains '-'…"}), or {@code null} when it is fine.
     */
    public static String problem(String value) {
        if (value.isEmpty()) {
            return "is empty";
        }
        if (value.length() > MAX_LENGTH) {
            return "is " + value.length() + " characters long; at most " + MAX_LENGTH + " are allowed";
        }
        if (TARGET_WORDS.contains(value.toLowerCase(Locale.ROOT))) {
            return "is a word targets use by itself (head, heads, base); choose another id or label";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (RESERVED.indexOf(c) >= 0) {
                return "contains '" + c + "'; ids and labels cannot contain any of @ - + : because targets use them"
                        + " (billing@head, head-1, ae10+2, a:b). Use letters, digits and underscores";
            }
            if (c == '/' || c == '\\') {
                return "contains '" + c + "'; ids and labels name files, so they cannot hold a path separator."
                        + " Use letters, digits and underscores";
            }
            if (Character.isISOControl(c) && !Character.isWhitespace(c)) {
                return "contains the control character U+" + String.format("%04X", (int) c)
                        + ". Use letters, digits and underscores";
            }
            if (Character.isWhitespace(c) || c == ',') {
                return "contains " + (c == ',' ? "','" : "whitespace")
                        + "; ids and labels are single words. Use letters, digits and underscores";
            }
        }
        return null;
    }
}
