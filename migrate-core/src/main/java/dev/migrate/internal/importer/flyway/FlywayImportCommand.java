package dev.migrate.internal.importer.flyway;

import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.command.Console;
import dev.migrate.internal.importer.ImportStamp;
import dev.migrate.internal.importer.ImportedFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code import flyway}: writes the project's Flyway scripts as migrate revisions and, with
 * {@code --stamp}, stamps a database Flyway built at the matching revision (its history table is
 * only read).
 */
public final class FlywayImportCommand {

    private final Supplier<Migrate> migrate;
    private final Console console;

    public FlywayImportCommand(Supplier<Migrate> migrate, Console console) {
        this.migrate = migrate;
        this.console = console;
    }

    /**
     * @param project      the folder {@code classpath:} locations are read under
     * @param locations    Flyway's locations
     * @param placeholders Flyway's placeholder values
     * @param versionFolder where the revisions are written
     * @param stamp        whether to stamp the configured database
     * @param table        Flyway's history table
     * @return the imported plan
     */
    public FlywayImport run(
            Path project,
            List<String> locations,
            Map<String, String> placeholders,
            Path versionFolder,
            boolean stamp,
            String table) {
        FlywayImport imported = FlywayImport.of(FlywayLocations.scan(project, locations), placeholders);
        if (imported.report().revisions().isEmpty()) {
            throw new MigrateException(
                    ErrorKind.BAD_USAGE,
                    "No Flyway scripts (V…__….sql, B…, R__…, Java migrations) in " + String.join(", ", locations)
                            + " under " + project + "; pass --locations.");
        }
        ImportedFiles.write(imported.report(), versionFolder, console);
        if (stamp) {
            stamp(imported, table, versionFolder);
        }
        return imported;
    }

    private void stamp(FlywayImport imported, String table, Path versionFolder) {
        Migrate engine = migrate.get();
        List<FlywayHistoryRow> rows;
        try (Connection connection = engine.dataSource().getConnection()) {
            rows = FlywayHistoryTable.read(connection, table);
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.CONNECTION_FAILED, "Could not connect to read Flyway's history: " + e.getMessage(), e);
        }
        String target = FlywayAppliedHistory.target(imported, rows);
        if (target == null) {
            throw new MigrateException(
                    ErrorKind.IMPORT_MISMATCH,
                    "Flyway's history table " + table + " records no applied script, so there is "
                            + "nothing to stamp: run 'migrate upgrade heads' on this database instead.");
        }
        ImportStamp.stamp(engine, imported.report().revisions(), versionFolder, target);
        String head = imported.report().head();
        console.message("Stamped the database at " + target + " without running anything; " + table
                + " was left as it is."
                + (target.equals(head) ? "" : " 'migrate upgrade heads' runs the rest, up to " + head + "."));
    }
}
