package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a new revision file, from Alembic's {@code file_template} syntax:
 * {@code %(rev)s}, {@code %(slug)s}, {@code %(epoch)s}, {@code %(year)d}, {@code %(month).2d},
 * {@code %(day).2d}, {@code %(hour).2d}, {@code %(minute).2d}, {@code %(second).2d};
 * {@code %%} is a literal {@code %}. The default starts with the creation time, so that file
 * names sort in the order revisions were created.
 *
 * @param template           the template
 * @param truncateSlugLength the longest slug (the message's words joined by {@code _})
 */
public record FileNameTemplate(String template, int truncateSlugLength) {

    public static final String DEFAULT =
            "%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d%(second).2d_%(rev)s_%(slug)s";
    public static final int DEFAULT_TRUNCATE_SLUG_LENGTH = 40;

    private static final Pattern TOKEN = Pattern.compile("%%|%\\((\\w+)\\)(0?\\d*)(?:\\.(\\d+))?([sd])");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static FileNameTemplate defaults() {
        return new FileNameTemplate(DEFAULT, DEFAULT_TRUNCATE_SLUG_LENGTH);
    }

    /** The file's base name (no extension) for revision {@code rev} created at {@code created}. */
    public String render(String rev, String message, LocalDateTime created) {
        Map<String, Object> values = new HashMap<>();
        values.put("rev", rev);
        values.put("slug", slug(message));
        values.put("epoch", created.atZone(ZoneId.systemDefault()).toEpochSecond());
        values.put("year", created.getYear());
        values.put("month", created.getMonthValue());
        values.put("day", created.getDayOfMonth());
        values.put("hour", created.getHour());
        values.put("minute", created.getMinute());
        values.put("second", created.getSecond());
        if (TOKEN.matcher(template).replaceAll("").contains("%")) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "file_template '" + template + "' has a '%' that is not one of "
                            + "%(rev)s, %(slug)s, %(epoch)s, %(year)d, %(month).2d, %(day).2d, %(hour).2d, "
                            + "%(minute).2d, %(second).2d or %%");
        }
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder name = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(name, Matcher.quoteReplacement(format(matcher, values)));
        }
        matcher.appendTail(name);
        return name.toString();
    }

    /** Alembic's slug: the message's words, lowercased, joined by {@code _}, cut at a word. */
    public String slug(String message) {
        StringBuilder slug = new StringBuilder();
        Matcher words = WORD.matcher(message == null ? "" : message);
        while (words.find()) {
            slug.append(slug.length() == 0 ? "" : "_").append(words.group());
        }
        String result = slug.toString().toLowerCase(Locale.ROOT);
        if (result.length() > truncateSlugLength) {
            String cut = result.substring(0, truncateSlugLength);
            int lastUnderscore = cut.lastIndexOf('_');
            result = (lastUnderscore >= 0 ? cut.substring(0, lastUnderscore) : cut) + "_";
        }
        return result;
    }

    private String format(Matcher token, Map<String, Object> values) {
        if (token.group().equals("%%")) {
            return "%";
        }
        Object value = values.get(token.group(1));
        if (value == null) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "file_template '" + template + "' uses %(" + token.group(1)
                            + "), which is not one of rev, slug, epoch, year, month, day, hour, minute, second");
        }
        String text = String.valueOf(value);
        if (token.group(4).equals("d")) {
            if (!(value instanceof Number)) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "file_template '" + template + "' formats %(" + token.group(1) + ") as a number (d); use s");
            }
            int digits = token.group(3) != null
                    ? Integer.parseInt(token.group(3))
                    : token.group(2).startsWith("0") ? Integer.parseInt(token.group(2)) : 0;
            text = String.format(Locale.ROOT, "%0" + Math.max(digits, 1) + "d", ((Number) value).longValue());
        }
        int width = token.group(2).isEmpty() ? 0 : Integer.parseInt(token.group(2));
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
