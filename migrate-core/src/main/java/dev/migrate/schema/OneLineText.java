package dev.migrate.schema;

/**
 * Text made fit for one line of a generated file: a comment of an offline script, a
 * {@code -- message:} header, a Javadoc line. A line break would end the comment and let the
 * rest of the text run as SQL or Java; other control characters (NUL, escape, …) upset the
 * clients that read such files.
 */
public final class OneLineText {

    private OneLineText() {}

    /**
     * {@code text} with every run of line breaks and control characters (Unicode's line and paragraph
     * separators included) turned into one space, and without leading or trailing blanks.
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean inBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (breaksLine(c)) {
                if (!inBreak) {
                    line.append(' ');
                }
                inBreak = true;
            } else {
                line.append(c);
                inBreak = false;
            }
        }
        return line.toString().strip();
    }

    /** Whether {@code text} is already one line: nothing {@link #of} would change but outer blanks. */
    public static boolean isOneLine(String text) {
        return text.chars().noneMatch(c -> breaksLine((char) c));
    }

    private static boolean breaksLine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
