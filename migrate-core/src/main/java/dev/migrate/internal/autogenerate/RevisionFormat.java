package dev.migrate.internal.autogenerate;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.util.Locale;

/**
 * The two forms of revision file: what {@code revision} (with or without {@code --autogenerate})
 * writes, and the templates {@code init} offers (Alembic's {@code list_templates}), each with a
 * {@code migrate.properties} suited to it. One enum for the command layer and autogenerate.
 */
public enum RevisionFormat {
    JAVA("java", "Java revisions: classes implementing dev.migrate.Migration, compiled with the application."),
    SQL("sql", "SQL revisions: plain .sql files with upgrade and downgrade sections, read from a folder.");

    private final String extension;
    private final String synopsis;

    RevisionFormat(String extension, String synopsis) {
        this.extension = extension;
        this.synopsis = synopsis;
    }

    /** {@code java} or {@code sql}: the template's name and the revision files' extension. */
    public String extension() {
        return extension;
    }

    public String synopsis() {
        return synopsis;
    }

    /** The editable template for new revisions, as init writes it into the script location. */
    public String scriptTemplateFileName() {
        return "script." + extension + ".template";
    }

    /** {@code java} or {@code sql} in any case; anything else names {@code what} in the error. */
    public static RevisionFormat parse(String name, String what) {
        for (RevisionFormat format : values()) {
            if (format.extension.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new BadInputException(
                ErrorKind.BAD_USAGE, "No such template '" + name + "' for " + what + "; use java or sql");
    }
}
