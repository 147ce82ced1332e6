package dev.migrate.cli.liquibase;

import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.command.Console;
import dev.migrate.internal.importer.ImportStamp;
import dev.migrate.internal.importer.ImportedFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code import liquibase}: writes a project's changelogs as migrate revisions and, with
 * {@code --stamp}, stamps a database Liquibase built at the matching revision ({@code
 * DATABASECHANGELOG} is only read).
 */
public final class LiquibaseImportCommand {

    /** Liquibase's default table. */
    public static final String TABLE = "DATABASECHANGELOG";

    private final Supplier<Migrate> migrate;
    private final Console console;

    public LiquibaseImportCommand(Supplier<Migrate> migrate, Console console) {
        this.migrate = migrate;
        this.console = console;
    }

    /**
     * @param dialect      the dialect the revisions are written for where the databases differ (an
     *                     index's drop), or {@code null} when none is configured
     * @param placeholders changelog parameters' values; they override the changelogs' properties
     * @param allowUnknown write untranslated change types as commented TODOs instead of refusing
     */
    public void run(
            Path searchPath,
            String changelog,
            Path versionFolder,
            boolean stamp,
            String table,
            String dialect,
            Map<String, String> placeholders,
            boolean allowUnknown) {
        XmlChangelog.Read read = XmlChangelog.read(searchPath, changelog, dialect);
        Map<String, String> parameters = new LinkedHashMap<>(read.properties());
        parameters.putAll(placeholders);
        LiquibaseImport imported = LiquibaseImport.of(read.changeSets(), parameters, allowUnknown);
        if (imported.report().revisions().isEmpty()) {
            throw new MigrateException(
                    ErrorKind.BAD_USAGE, "No changesets in " + changelog + " under " + searchPath + ".");
        }
        ImportedFiles.write(imported.report(), versionFolder, console);
        if (!stamp) {
            return;
        }
        Migrate engine = migrate.get();
        String target;
        try (Connection connection = engine.dataSource().getConnection()) {
            target = LiquibaseAppliedHistory.target(connection, table, imported);
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.CONNECTION_FAILED, "Could not connect to read Liquibase's history: " + e.getMessage(), e);
        }
        if (target == null) {
            throw new MigrateException(
                    ErrorKind.IMPORT_MISMATCH,
                    table + " records no applied changeset, so there is nothing to stamp: run "
                            + "'migrate upgrade heads' on this database instead.");
        }
        ImportStamp.stamp(engine, imported.report().revisions(), versionFolder, target);
        String head = imported.report().head();
        console.message("Stamped the database at " + target + " without running anything; " + table
                + " was left as it is."
                + (target.equals(head) ? "" : " 'migrate upgrade heads' runs the rest, up to " + head + "."));
    }
}
