package dev.migrate.sample.readme;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns command output into what must be equal between the README and a new run: the folder the
 * project is in, creation times and dates differ, and so do the ids of new revisions. Ids are
 * numbered in the order they first appear, over the whole walkthrough, so the README's and the
 * run's outputs must still use the same revision in the same places.
 */
final class ComparableOutput {

    private static final Pattern PROJECT_FOLDER = Pattern.compile("\\S*/sample-app/");
    private static final Pattern FILE_NAME_TIME = Pattern.compile("R\\d{4}_\\d{2}_\\d{2}_\\d{6}_");
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z?");
    private static final Pattern REVISION_ID = Pattern.compile("(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])");
    private static final Pattern APPLIED_AT = Pattern.compile("\"appliedAt\"\\s*:\\s*\"[^\"]*\"");
    private static final Pattern EXECUTION_TIME = Pattern.compile("\"executionTime\"\\s*:\\s*\\d+");

    private final Map<String, String> revisionNames = new HashMap<>();

    /** The text with folder, times and ids replaced, trailing spaces and blank lines removed. */
    String of(String text) {
        String result = PROJECT_FOLDER.matcher(text).replaceAll("<folder>/sample-app/");
        result = FILE_NAME_TIME.matcher(result).replaceAll("R<created>_");
        result = APPLIED_AT.matcher(result).replaceAll("\"appliedAt\":\"<time>\"");
        result = EXECUTION_TIME.matcher(result).replaceAll("\"executionTime\":0");
        result = DATE_TIME.matcher(result).replaceAll("<date>");
        Matcher ids = REVISION_ID.matcher(result);
        StringBuilder numbered = new StringBuilder();
        while (ids.find()) {
            String name =
                    revisionNames.computeIfAbsent(ids.group(), id -> "<revision " + (revisionNames.size() + 1) + ">");
            ids.appendReplacement(numbered, Matcher.quoteReplacement(name));
        }
        ids.appendTail(numbered);
        return numbered.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\s+$", "");
    }
}
