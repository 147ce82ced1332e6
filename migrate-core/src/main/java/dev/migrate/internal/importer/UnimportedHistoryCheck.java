package dev.migrate.internal.importer;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.importer.flyway.FlywayHistoryTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
            if (FlywayHistoryTable.present(connection, flywayTable)) {
                throw refusal("Flyway", flywayTable, command + " import flyway --stamp", migrate);
            }
            if (hasRows(connection, liquibaseTable)) {
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

    private static boolean hasRows(Connection connection, String table) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rows.next() && rows.getLong(1) > 0;
        } catch (SQLException missing) {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            } catch (SQLException ignored) {
                // the answer stands: no such table
            }
            return false;
        }
    }
}
