package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.command.FileNameTemplate;
import dev.migrate.internal.command.JavaIndent;
import dev.migrate.internal.command.JavaNames;
import dev.migrate.internal.command.RevisionFileSettings;
import java.nio.file.Path;
import java.util.List;
import org.springframework.util.StringUtils;

/**
 * Where command mode's {@code revision} writes: a Java revision in {@code migrate.source-directory},
 * in the package that the application's first {@code classpath:} location scans, so that the next
 * build compiles it where the application finds it.
 */
final class CommandModeRevisionFiles {

    private static final String CLASSPATH = "classpath:";

    private CommandModeRevisionFiles() {}

    static RevisionFileSettings of(MigrateProperties properties, Path workingDirectory) {
        String javaPackage = revisionPackage(properties);
        Path folder = workingDirectory
                .resolve(properties.getSourceDirectory())
                .resolve(javaPackage.replace('.', '/'))
                .normalize();
        return new RevisionFileSettings(
                null,
                List.of(folder),
                RevisionFormat.JAVA,
                javaPackage,
                FileNameTemplate.defaults(),
                JavaIndent.parse(properties.getRevisionIndent(), "migrate.revision-indent", null));
    }

    /**
     * {@code migrate.revision-package}, else the package of the first {@code classpath:} location
     * ({@code classpath:db/migrations} is {@code db.migrations}), else the core's default.
     */
    static String revisionPackage(MigrateProperties properties) {
        if (StringUtils.hasText(properties.getRevisionPackage())) {
            return JavaNames.checkPackage(properties.getRevisionPackage().trim(), "migrate.revision-package");
        }
        return properties.getLocations().stream()
                .filter((location) -> location.startsWith(CLASSPATH))
                .findFirst()
                .map(CommandModeRevisionFiles::packageOf)
                .orElse(RevisionFileSettings.DEFAULT_JAVA_PACKAGE);
    }

    private static String packageOf(String location) {
        String path = location.substring(CLASSPATH.length());
        String javaPackage = StringUtils.trimTrailingCharacter(StringUtils.trimLeadingCharacter(path, '/'), '/')
                .replace('/', '.');
        try {
            return JavaNames.checkPackage(javaPackage, "migrate.revision-package");
        } catch (BadInputException ex) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "Command mode writes Java revisions into the package of " + location + ", and '" + javaPackage
                            + "' is not a Java package name; set migrate.revision-package");
        }
    }
}
