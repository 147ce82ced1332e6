package dev.migrate.cli;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.cli.liquibase.LiquibaseImportCommand;
import dev.migrate.internal.importer.flyway.FlywayHistoryTable;
import dev.migrate.internal.importer.flyway.FlywayImportCommand;
import dev.migrate.internal.importer.flyway.FlywayLocations;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import flyway|liquibase}: the old tool's scripts as revisions, and with --stamp its history. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Write another tool's migrations (flyway: V/U/B/R scripts and Java migrations by name; "
                + "liquibase: XML and formatted-SQL changelogs) as "
                + "revisions; with --stamp, stamp a database it built at the matching revision without running "
                + "anything.")
final class ImportCommand implements CliCommand {

    enum Tool {
        flyway,
        liquibase
    }

    @Parameters(index = "0", paramLabel = "TOOL", description = "flyway or liquibase")
    Tool tool;

    @Option(
            names = "--locations",
            paramLabel = "LOCATION[,LOCATION...]",
            split = ",",
            description = "Flyway's locations (classpath:db/migration is read from src/main/resources/db/migration "
                    + "and src/main/java/db/migration); default: " + FlywayLocations.DEFAULT)
    List<String> locations = List.of(FlywayLocations.DEFAULT);

    @Option(
            names = "--changelog",
            paramLabel = "FILE",
            description = "liquibase: the master changelog, relative to --search-path.")
    String changelog;

    @Option(
            names = "--search-path",
            paramLabel = "FOLDER",
            description = "liquibase: the folder changelog paths are relative to; default: src/main/resources")
    String searchPath = "src/main/resources";

    @Option(
            names = "--placeholder",
            paramLabel = "NAME=VALUE",
            description = "A placeholder's value, as flyway.placeholders.NAME (flyway) or a changelog parameter "
                    + "(liquibase) gave it; repeat for each.")
    Map<String, String> placeholders = new LinkedHashMap<>();

    @Option(
            names = "--allow-unknown",
            description = "liquibase: write change types migrate cannot translate as "
                    + "commented TODOs with a WARNING instead of refusing the import.")
    boolean allowUnknown;

    @Option(
            names = "--stamp",
            description = "Also stamp the configured database, which the tool built, at the "
                    + "revision its history reaches; refused when its history does not match the scripts.")
    boolean stamp;

    @Option(
            names = "--table",
            description = "The tool's history table; default: " + FlywayHistoryTable.DEFAULT + " or "
                    + LiquibaseImportCommand.TABLE)
    String table;

    @Option(names = "--version-path", description = ScriptCommands.VERSION_PATH)
    String versionPath;

    @Override
    public void run(CliRun run) {
        Path folder = versionFolder(run);
        if (tool == Tool.liquibase) {
            if (changelog == null) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE,
                        "import liquibase needs --changelog, the master changelog (e.g. "
                                + "db/changelog/db.changelog-master.xml under src/main/resources).");
            }
            new LiquibaseImportCommand(run::migrate, run.console())
                    .run(
                            run.resolve(Path.of(searchPath)),
                            changelog,
                            folder,
                            stamp,
                            table == null ? LiquibaseImportCommand.TABLE : table,
                            targetDialect(run),
                            placeholders,
                            allowUnknown);
            return;
        }
        new FlywayImportCommand(run::migrate, run.console())
                .run(
                        run.resolve(Path.of("")),
                        locations,
                        placeholders,
                        folder,
                        stamp,
                        table == null ? FlywayHistoryTable.DEFAULT : table);
    }

    /** The dialect from --dialect or the configured URL; {@code null} when neither is given. */
    private static String targetDialect(CliRun run) {
        try {
            return run.offlineDialect();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Path versionFolder(CliRun run) {
        if (versionPath != null) {
            return run.resolve(Path.of(versionPath));
        }
        List<Path> folders = run.settings().revisionFiles().versionLocations();
        if (folders.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "No folder to write the imported revisions to: pass --version-path, or set "
                            + "version_locations (or a filesystem location) in migrate.properties.");
        }
        return folders.get(0);
    }
}
