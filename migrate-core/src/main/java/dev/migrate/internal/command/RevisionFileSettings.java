package dev.migrate.internal.command;

import dev.migrate.internal.autogenerate.RevisionFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * Where and how {@code revision} and {@code merge} write new files (the script-directory part of
 * Alembic's configuration).
 *
 * @param scriptLocation   the folder {@code init} created, holding the editable templates;
 *                         {@code null} to use the built-in templates
 * @param versionLocations the folders new revisions go to; the first unless {@code --version-path}
 *                         or the head's folder says otherwise
 * @param format           Java or SQL
 * @param javaPackage      the package of new Java revisions
 * @param fileNames        how new files are named
 * @param indent           the indent unit of new Java files
 */
public record RevisionFileSettings(
        Path scriptLocation,
        List<Path> versionLocations,
        RevisionFormat format,
        String javaPackage,
        FileNameTemplate fileNames,
        JavaIndent indent) {

    public static final String DEFAULT_JAVA_PACKAGE = "db.migrations";

    public RevisionFileSettings {
        versionLocations = List.copyOf(versionLocations);
        indent = indent == null ? JavaIndent.DEFAULT : indent;
    }

    /** Settings with the default indent of four spaces. */
    public RevisionFileSettings(
            Path scriptLocation,
            List<Path> versionLocations,
            RevisionFormat format,
            String javaPackage,
            FileNameTemplate fileNames) {
        this(scriptLocation, versionLocations, format, javaPackage, fileNames, JavaIndent.DEFAULT);
    }

    /** These settings with Java files indented by {@code unit}. */
    public RevisionFileSettings withIndent(JavaIndent unit) {
        return new RevisionFileSettings(scriptLocation, versionLocations, format, javaPackage, fileNames, unit);
    }
}
