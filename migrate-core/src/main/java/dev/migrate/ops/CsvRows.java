package dev.migrate.ops;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The rows of a CSV resource for {@link Operations#loadCsv}, as a {@link BulkInsert}. The format is
 * RFC 4180's: the first record names the columns; fields are separated by the separator (a comma
 * unless given); a field in double quotes may hold separators, line breaks and doubled quotes
 * ({@code ""}). An unquoted empty field is {@code NULL}; a quoted empty field ({@code ""}) is the
 * empty string. Values are converted to the column types given (whole numbers, decimals, booleans as
 * {@code true/false/t/f/1/0/yes/no}, ISO dates and times with {@code T} or a space), so they are bound
 * online and written as the database's literals offline.
 */
final class CsvRows {

    private final String resource;
    private final String text;
    private final char separator;
    private int position;
    private int line = 1;

    private CsvRows(String resource, String text, char separator) {
        this.resource = resource;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = separator;
    }

    /** The rows of {@code resource} (a class path resource, as {@code db/data/users.csv}) for {@code table}. */
    static BulkInsert read(String resource, String table, char separator, List<Column> columns) {
        CsvRows csv = new CsvRows(resource, load(resource), separator);
        List<String> header = csv.nextRecord();
        if (header == null) {
            throw csv.error(1, "is empty; its first line must name the columns");
        }
        List<Column> typed = new ArrayList<>();
        for (String name : header) {
            String wanted = name == null ? "" : name.strip();
            typed.add(columns.stream()
                    .filter(c -> c.name().equalsIgnoreCase(wanted))
                    .findFirst()
                    .orElseThrow(() -> csv.error(
                            1,
                            "names the column '" + wanted + "', which loadCsv was not given "
                                    + "a type for; add column(\"" + wanted + "\", …) to the call")));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int recordLine = csv.line; ; recordLine = csv.line) {
            List<String> fields = csv.nextRecord();
            if (fields == null) {
                break;
            }
            if (fields.size() == 1 && fields.get(0) == null && header.size() > 1) {
                continue; // an empty line
            }
            if (fields.size() != typed.size()) {
                throw csv.error(recordLine, "has " + fields.size() + " fields and the header " + typed.size());
            }
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                row.add(csv.value(fields.get(i), typed.get(i), recordLine));
            }
            rows.add(row);
        }
        return new BulkInsert(null, table, typed, rows);
    }

    private static String load(String resource) {
        String path = resource.startsWith("classpath:") ? resource.substring("classpath:".length()) : resource;
        path = path.startsWith("/") ? path.substring(1) : path;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(path);
        if (in == null) {
            in = CsvRows.class.getClassLoader().getResourceAsStream(path);
        }
        if (in == null) {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT,
                    "loadCsv: the resource " + resource + " is not on the class path; put it in "
                            + "src/main/resources/" + path + " (or a folder of the classpath setting)");
        }
        try (InputStream stream = in) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The next record's fields ({@code null} for an unquoted empty field), or {@code null} at the end. */
    private List<String> nextRecord() {
        if (position >= text.length()) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        while (true) {
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            if (position < text.length() && text.charAt(position) == '"') {
                quoted = true;
                int start = line;
                position++;
                while (true) {
                    if (position >= text.length()) {
                        throw error(start, "has a quoted field that never ends");
                    }
                    char c = text.charAt(position++);
                    if (c == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            field.append('"');
                            position++;
                        } else {
                            break;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                }
            }
            while (position < text.length()
                    && text.charAt(position) != separator
                    && text.charAt(position) != '\n'
                    && text.charAt(position) != '\r') {
                field.append(text.charAt(position++));
            }
            fields.add(quoted || field.length() > 0 ? field.toString() : null);
            if (position >= text.length()) {
                return fields;
            }
            char end = text.charAt(position++);
            if (end == separator) {
                continue;
            }
            if (end == '\r' && position < text.length() && text.charAt(position) == '\n') {
                position++;
            }
            line++;
            return fields;
        }
    }

    private Object value(String field, Column column, int recordLine) {
        if (field == null) {
            return null;
        }
        ColumnType type = column.type();
        String text = field.strip();
        try {
            switch (type.kind()) {
                case SMALLINT, INTEGER, BIGINT:
                    return Long.parseLong(text);
                case NUMERIC:
                    return new BigDecimal(text);
                case REAL, DOUBLE:
                    return Double.parseDouble(text);
                case BOOLEAN:
                    return bool(text);
                case DATE:
                    return LocalDate.parse(text);
                case TIME:
                    return LocalTime.parse(text);
                case TIMESTAMP:
                    return LocalDateTime.parse(text.replace(' ', 'T'));
                case TIMESTAMP_WITH_TIME_ZONE:
                    return offsetDateTime(text.replace(' ', 'T'));
                case UUID:
                    return UUID.fromString(text);
                default:
                    return field;
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw error(
                    recordLine,
                    "column '" + column.name() + "': '" + field + "' is not a value of type " + type + " ("
                            + e.getMessage() + ")");
        }
    }

    private static Boolean bool(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "t", "1", "yes", "y":
                return Boolean.TRUE;
            case "false", "f", "0", "no", "n":
                return Boolean.FALSE;
            default:
                throw new IllegalArgumentException("expected true/false, t/f, 1/0 or yes/no");
        }
    }

    /** An offset date-time; without an offset, UTC. */
    private static OffsetDateTime offsetDateTime(String text) {
        TemporalAccessor parsed = java.time.format.DateTimeFormatter.ISO_DATE_TIME.parseBest(
                text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime offset ? offset : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    }

    private BadInputException error(int recordLine, String problem) {
        return new BadInputException(
                ErrorKind.BAD_SCRIPT, "loadCsv: " + resource + " line " + recordLine + " " + problem);
    }
}
