package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.util.Locale;

/**
 * The indent unit of new Java revisions ({@code revision_indent}, {@code migrate.revision-indent}):
 * a tab or a number of spaces. Templates and the renderer write four spaces a level; a file is
 * re-indented once, when it is written, so every Java writer honours the setting.
 *
 * @param unit the text of one indent level
 */
public record JavaIndent(String unit) {

    /** Four spaces, as the built-in template is written. */
    public static final JavaIndent DEFAULT = new JavaIndent("    ");

    private static final int WRITTEN_LEVEL = 4;
    private static final int MOST_SPACES = 8;

    /**
     * {@code tab}, or a number of spaces from 1 to 8.
     *
     * @param setting the setting's name, for the error
     * @param source  the file it was read from, for the error; {@code null} when there is none
     */
    public static JavaIndent parse(String value, String setting, String source) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("tab") || text.equals("tabs")) {
            return new JavaIndent("\t");
        }
        try {
            int spaces = Integer.parseInt(text);
            if (spaces >= 1 && spaces <= MOST_SPACES) {
                return new JavaIndent(" ".repeat(spaces));
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted values
        }
        String where = setting + " = " + value + (source == null ? "" : " in " + source);
        throw new BadInputException(
                ErrorKind.BAD_CONFIGURATION,
                where + " is not valid; expected tab or a number of spaces from 1 to " + MOST_SPACES);
    }

    /** {@code source}, written with four spaces a level, with each level's spaces replaced by this unit. */
    public String apply(String source) {
        if (unit.equals(DEFAULT.unit)) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length());
        int start = 0;
        while (start < source.length()) {
            int end = source.indexOf('\n', start);
            end = end < 0 ? source.length() : end + 1;
            int spaces = 0;
            while (start + spaces < end && source.charAt(start + spaces) == ' ') {
                spaces++;
            }
            out.append(unit.repeat(spaces / WRITTEN_LEVEL))
                    .append(" ".repeat(spaces % WRITTEN_LEVEL))
                    .append(source, start + spaces, end);
            start = end;
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return unit.equals("\t") ? "tab" : String.valueOf(unit.length());
    }
}
