package dev.migrate.internal.script;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where revisions are found: {@code classpath:db/migrations} (SQL resources there, Java classes
 * in package {@code db.migrations} and its subpackages) or {@code filesystem:/path} (SQL files
 * only). A value without a prefix is a class path location, as in Flyway.
 *
 * @param kind class path or file system
 * @param path a resource directory without leading or trailing slash, or a file system path
 */
public record Location(Kind kind, String path) {

    public enum Kind {
        CLASSPATH,
        FILESYSTEM
    }

    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.*)", Pattern.DOTALL);

    /**
     * Reads a location as the {@code locations} setting writes it.
     *
     * @throws BadInputException for an empty value, an empty path or an unknown prefix
     */
    public static Location parse(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "An entry of the 'locations' setting is empty. Give a location such as"
                            + " classpath:db/migrations or filesystem:/path/to/migrations");
        }
        Matcher prefixed = PREFIXED.matcher(text);
        if (!prefixed.matches()) {
            return classpath(text, text);
        }
        String prefix = prefixed.group(1).toLowerCase(Locale.ROOT);
        String path = prefixed.group(2).strip();
        if (prefix.equals("classpath")) {
            return classpath(path, text);
        }
        if (prefix.equals("filesystem")) {
            if (path.isEmpty()) {
                throw emptyPath(text);
            }
            return new Location(Kind.FILESYSTEM, path);
        }
        throw new BadInputException(
                ErrorKind.BAD_CONFIGURATION,
                "Location '" + text + "' has the unknown prefix '" + prefixed.group(1) + ":'."
                        + " Use classpath:<path> or filesystem:<path> (a path without prefix is on the class path) and fix the"
                        + " 'locations' setting");
    }

    private static Location classpath(String path, String text) {
        String trimmed = path.replace('\\', '/');
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            throw emptyPath(text);
        }
        return new Location(Kind.CLASSPATH, trimmed);
    }

    private static BadInputException emptyPath(String text) {
        return new BadInputException(
                ErrorKind.BAD_CONFIGURATION,
                "Location '" + text + "' has no path. Name a directory, as in"
                        + " classpath:db/migrations or filesystem:/path/to/migrations, in the 'locations' setting");
    }

    /** The package of the Java revisions of a class path location: {@code db/migrations} is {@code db.migrations}. */
    public String packageName() {
        return path.replace('/', '.');
    }

    // Written out: a record's generated equals and hashCode are linked through invokedynamic on their
    // first call, several milliseconds of a short command's start-up, and every command hashes its locations.
    @Override
    public boolean equals(Object other) {
        return other instanceof Location location && kind == location.kind && path.equals(location.path);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + path.hashCode();
    }

    @Override
    public String toString() {
        return (kind == Kind.CLASSPATH ? "classpath:" : "filesystem:") + path;
    }
}
