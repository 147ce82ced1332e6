package dev.migrate.internal.command;

import static dev.migrate.internal.script.RevisionIds.TARGET_WORDS;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/** New revision ids (12 lowercase hex characters, as Alembic's) and the check of given ones. */
public final class RevisionIds {

    // Alembic's forbidden characters, plus those that would break a comma-separated header list.
    private static final String ILLEGAL = "@-+:,";

    private RevisionIds() {}

    public static String generate() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return hex.substring(hex.length() - 12);
    }

    /** Refuses an id that target expressions could not name, with Alembic's message. */
    public static String verify(String id) {
        if (id.isBlank()) {
            throw new BadInputException(ErrorKind.BAD_USAGE, "A revision identifier must not be empty");
        }
        TreeSet<String> illegal = new TreeSet<>();
        for (char c : id.toCharArray()) {
            if (ILLEGAL.indexOf(c) >= 0) {
                illegal.add(String.valueOf(c));
            } else if (Character.isWhitespace(c)) {
                illegal.add("' '");
            }
        }
        if (TARGET_WORDS.contains(id.toLowerCase(Locale.ROOT))) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "Revision identifier '" + id + "' is a word targets use by itself"
                            + " (head, heads, base); choose another --rev-id");
        }
        if (!illegal.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "Character(s) '" + String.join(", ", illegal) + "' not allowed in revision identifier '" + id
                            + "'");
        }
        // the rule the script reader applies, so that a written revision can always be read back
        String problem = dev.migrate.internal.script.RevisionIds.problem(id);
        if (problem != null) {
            throw new BadInputException(ErrorKind.BAD_USAGE, "Revision identifier '" + id + "' (--rev-id) " + problem);
        }
        return id;
    }
}
