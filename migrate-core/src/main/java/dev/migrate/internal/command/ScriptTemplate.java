package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editable template for new revision files (as Alembic's {@code script.py.mako}): plain text
 * where {@code ${name}} stands for a value of the new revision and {@code $${} writes a literal
 * {@code ${}.
 *
 * @param name where the template came from, for error messages
 * @param text the template's text
 */
public record ScriptTemplate(String name, String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}");

    /** The text with every placeholder replaced; an unknown name is an error naming the template. */
    public String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) == null) {
                replacement = "${";
            } else if (values.containsKey(matcher.group(1))) {
                replacement = values.get(matcher.group(1));
            } else {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "Template " + name + " uses ${" + matcher.group(1)
                                + "}, which is not a known value; known values are "
                                + String.join(", ", new TreeSet<>(values.keySet())) + " (write $${ for a literal ${)");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
