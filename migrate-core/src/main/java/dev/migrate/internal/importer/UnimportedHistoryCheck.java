package dev.migrate.internal.importer;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Refuses to upgrade a database that Flyway or Liquibase manages and migrate does not yet: its
 * revisions would run on top of a schema the old tool already built. The way over is one command
 * that imports the old scripts and stamps the database ({@code migrate import … --stamp}). A
 * database migrate's version table already records anything for is left alone, as is one whose
 * old history table is missing or empty.
 */
public final class UnimportedHistoryCheck {

    /** Liquibase's default table ({@code spring.liquibase.database-change-log-table}). */
    public static final String LIQUIBASE_TABLE = "DATABASECHANGELOG";

    private UnimportedHistoryCheck() {}

    /**
     * @param flywayTable    Flyway's history table name
     * @param liquibaseTable Liquibase's changelog table name
     * @param command        how the user runs migrate ({@code migrate}, {@code java -jar app.jar migrate})
     * @throws BadInputException naming the import command when the old tool manages the database
     */
    public static void refuse(Migrate migrate, String flywayTable, String liquibaseTable, String command) {
        if (migrate.dataSource() == null || !migrate.current().isEmpty()) {
            return;
        }
        try (Connection connection = migrate.dataSource().getConnection()) {
            if (HistoryTableQuery.hasRows(connection, HistoryTableQuery.quote(connection, flywayTable))) {
                throw refusal("Flyway", flywayTable, command + " import flyway --stamp", migrate);
            }
            if (HistoryTableQuery.hasRows(connection, liquibaseTable)) {
                throw refusal(
                        "Liquibase",
                        liquibaseTable,
                        command + " import liquibase --changelog <master changelog> --stamp",
                        migrate);
            }
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.DATABASE_ERROR,
                    "Could not look for another migration tool's history table: " + e.getMessage(),
                    e);
        }
    }

    private static BadInputException refusal(String tool, String table, String importCommand, Migrate migrate) {
        return new BadInputException(
                ErrorKind.FOREIGN_HISTORY,
                "The database is managed by " + tool + " (its history table " + table
                        + " has applied entries) and not by migrate ("
                        + migrate.settings().versionTable() + " records no "
                        + "revision), so migrate did not run its revisions on top of the schema " + tool
                        + " built. Import "
                        + tool + "'s scripts and stamp this database once with: " + importCommand
                        + " — then start again.");
    }
}
