package dev.migrate.cli.liquibase;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Liquibase formatted-SQL changelog: {@code --liquibase formatted sql}, then
 * {@code --changeset author:id [context:…] [labels:…]} lines, each followed by its SQL,
 * {@code --rollback} lines, {@code --comment:} and {@code --precondition-…} lines.
 */
final class FormattedSqlChangelog {

    private static final Pattern HEADER =
            Pattern.compile("--\\s*liquibase\\s+formatted\\s+sql.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGESET =
            Pattern.compile("--\\s*changeset\\s+(\\S+?):(\\S+)(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK = Pattern.compile("--\\s*rollback\\s?(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("--\\s*comment:?\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRECONDITION =
            Pattern.compile("--\\s*precondition[-\\w]*.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("(context|contextFilter|labels)\\s*:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);

    private FormattedSqlChangelog() {}

    static boolean isFormatted(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        return HEADER.matcher(first.strip()).matches();
    }

    static List<ChangeSet> read(String file, String text) {
        if (!isFormatted(text)) {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT,
                    file + " does not start with '--liquibase formatted sql'; Liquibase would not "
                            + "read it as a changelog either.");
        }
        List<ChangeSet> changeSets = new ArrayList<>();
        Draft draft = null;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String stripped = line.strip();
            Matcher changeSet = CHANGESET.matcher(stripped);
            Matcher rollback = ROLLBACK.matcher(stripped);
            Matcher comment = COMMENT.matcher(stripped);
            if (changeSet.matches()) {
                if (draft != null) {
                    changeSets.add(draft.build(file));
                }
                draft = new Draft(changeSet.group(2), changeSet.group(1));
                Matcher attribute = ATTRIBUTE.matcher(changeSet.group(3));
                while (attribute.find()) {
                    draft.notes.add(attribute.group(1).toLowerCase(Locale.ROOT).replace("contextfilter", "context")
                            + " " + attribute.group(2));
                }
            } else if (draft == null) {
                continue;
            } else if (rollback.matches()) {
                draft.rollback.append(rollback.group(1)).append('\n');
            } else if (comment.matches() && draft.comment == null) {
                draft.comment = comment.group(1).strip();
            } else if (PRECONDITION.matcher(stripped).matches()) {
                draft.notes.add("precondition '" + stripped.substring(2).strip() + "'");
            } else {
                draft.upgrade.append(line).append('\n');
            }
        }
        if (draft != null) {
            changeSets.add(draft.build(file));
        }
        return changeSets;
    }

    private static final class Draft {
        final String id;
        final String author;
        final StringBuilder upgrade = new StringBuilder();
        final StringBuilder rollback = new StringBuilder();
        final List<String> notes = new ArrayList<>();
        String comment;

        Draft(String id, String author) {
            this.id = id;
            this.author = author;
        }

        ChangeSet build(String file) {
            return new ChangeSet(
                    id,
                    author,
                    file,
                    comment,
                    upgrade.toString().strip(),
                    rollback.toString().strip(),
                    List.copyOf(notes),
                    List.of());
        }
    }
}
