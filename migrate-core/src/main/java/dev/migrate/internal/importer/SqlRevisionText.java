package dev.migrate.internal.importer;

import java.util.List;

/**
 * Writes a SQL revision in migrate's format: the {@code -- key: value} header, then the upgrade
 * and downgrade sections. Comment lines in the header must not start with a word and a colon
 * (the reader takes those for keys), so notes are written as sentences.
 */
public final class SqlRevisionText {

    private SqlRevisionText() {}

    /**
     * @param id       the revision id
     * @param parent   the down revision, or {@code null} for the root
     * @param message  the message (one line)
     * @param notes    comment lines for the header, without their {@code --}
     * @param upgrade  the upgrade section's SQL
     * @param downgrade the downgrade section's SQL; blank for none
     */
    public static String of(
            String id, String parent, String message, List<String> notes, String upgrade, String downgrade) {
        StringBuilder text = new StringBuilder();
        text.append("-- revision: ").append(id).append('\n');
        text.append("-- down_revision: ").append(parent == null ? "" : parent).append('\n');
        text.append("-- message: ").append(oneLine(message)).append('\n');
        for (String note : notes) {
            text.append("-- ")
                    .append(oneLine(note).replaceFirst("^([A-Za-z][A-Za-z0-9_]*)\\s*:", "$1 -"))
                    .append('\n');
        }
        text.append("-- migrate:upgrade\n");
        text.append(section(upgrade));
        text.append("-- migrate:downgrade\n");
        text.append(section(downgrade));
        return text.toString();
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ').strip();
    }

    private static String section(String sql) {
        String normalised = sql.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.isBlank()) {
            return "";
        }
        // a marker line inside the old script would start a section of its own
        normalised = normalised.replaceAll("(?im)^(\\s*--\\s*)(migrate:)", "$1(old) $2");
        return normalised.endsWith("\n") ? normalised : normalised + "\n";
    }
}
