package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.command.InitCommand;
import dev.migrate.internal.command.RevisionFileSettings;
import dev.migrate.internal.runtime.UrlMasker;
import java.nio.file.Path;
import java.util.List;

/**
 * The configuration of one run, merged from migrate.properties, the environment and the flags.
 *
 * @param source        where the URL came from, for error messages
 * @param url           the JDBC URL; {@code null} when none was given
 * @param user          the user, may be {@code null}
 * @param password      the password, may be {@code null}; never shown
 * @param settings      the engine's settings
 * @param classpath     folders and jars with compiled Java revisions and entities
 * @param entities      the packages of the entities autogenerate and check compare with; may be empty
 * @param revisionFiles where and how new revisions are written
 * @param tenants       fleet's tenants and run options from the file, which its command-line options override
 */
record CliSettings(
        String source,
        String url,
        String user,
        String password,
        MigrateSettings settings,
        List<Path> classpath,
        List<String> entities,
        RevisionFileSettings revisionFiles,
        FleetDefaults tenants) {

    CliSettings {
        classpath = List.copyOf(classpath);
        entities = List.copyOf(entities);
    }

    /** These settings, writing new revisions as {@code files} says. */
    CliSettings withRevisionFiles(RevisionFileSettings files) {
        return new CliSettings(source, url, user, password, settings, classpath, entities, files, tenants);
    }

    /** Whether a URL was given (the placeholder init writes is none). */
    boolean hasUsableUrl() {
        return url != null && !url.isBlank() && !url.equals(InitCommand.URL_PLACEHOLDER);
    }

    /** The URL, or an error saying how to give one. */
    String requireUrl() {
        if (url == null || url.isBlank()) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "No database URL: set url in migrate.properties, MIGRATE_URL in the " + "environment, or --url");
        }
        if (url.equals(InitCommand.URL_PLACEHOLDER)) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "url in " + source + " is still the placeholder written by init; set "
                            + "MIGRATE_URL in the environment (or edit url)");
        }
        return url;
    }

    @Override
    public String toString() {
        return "CliSettings[url=" + UrlMasker.mask(url) + ", user=" + user + ", settings=" + settings + "]";
    }
}
