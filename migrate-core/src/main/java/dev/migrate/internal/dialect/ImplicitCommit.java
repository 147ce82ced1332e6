package dev.migrate.internal.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which statements commit the open transaction by themselves, on databases whose DDL is not
 * transactional (MariaDB/MySQL, H2): both commit before such a statement runs, so everything the
 * transaction did before it stays, whatever happens next.
 */
final class ImplicitCommit {

    /** Statement kinds that commit implicitly on MariaDB (its manual's list) and H2 (its DDL). */
    private static final Set<String> COMMITTING = Set.of(
            "alter",
            "create",
            "drop",
            "rename",
            "truncate",
            "grant",
            "revoke",
            "analyze",
            "optimize",
            "repair",
            "lock",
            "unlock",
            "comment",
            "begin",
            "start",
            "commit");

    /**
     * Statements that are not DDL but commit on MariaDB/MySQL all the same (their manuals' lists;
     * checked on MariaDB 10.11: an UPDATE before them stays when the revision fails later).
     */
    private static final Pattern MARIADB_COMMITTING = Pattern.compile(
            "(flush|reset|check)\\b.*|set\\s+(password\\b.*|(@@(session\\.)?)?autocommit\\s*(=|:=)\\s*(1|on|true)\\b.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ImplicitCommit() {}

    /** Whether {@code sql} commits implicitly on MariaDB/MySQL: DDL and the administrative statements above. */
    static boolean commitsOnMariaDb(String sql) {
        return commits(sql, true)
                || MARIADB_COMMITTING
                        .matcher(sql.substring(skipBlanksAndComments(sql, 0)))
                        .matches();
    }

    /**
     * Whether {@code sql} commits implicitly; {@code temporaryIsTransactional} for MariaDB, where
     * {@code CREATE TEMPORARY TABLE} and {@code DROP TEMPORARY TABLE} do not.
     */
    static boolean commits(String sql, boolean temporaryIsTransactional) {
        String[] words = leadingWords(sql);
        if (words.length == 0 || !COMMITTING.contains(words[0])) {
            return false;
        }
        return !(temporaryIsTransactional && words.length > 1 && words[1].equals("temporary"));
    }

    /** The first two words, lower case, after leading blanks and comments. */
    private static String[] leadingWords(String sql) {
        int i = skipBlanksAndComments(sql, 0);
        StringBuilder words = new StringBuilder();
        int count = 0;
        while (i < sql.length() && count < 2) {
            int start = i;
            while (i < sql.length() && Character.isLetter(sql.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            words.append(count == 0 ? "" : " ").append(sql, start, i);
            count++;
            i = skipBlanksAndComments(sql, i);
        }
        return words.length() == 0
                ? new String[0]
                : words.toString().toLowerCase(Locale.ROOT).split(" ");
    }

    private static int skipBlanksAndComments(String sql, int from) {
        int i = from;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i) || c == '#') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }
}
