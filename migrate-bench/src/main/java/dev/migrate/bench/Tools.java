package dev.migrate.bench;

import dev.migrate.Migrate;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;

/**
 * Each tool's ordinary public API, called the way its documentation shows, with its defaults
 * (Flyway validates on migrate; Liquibase runs each changeset in its own transaction).
 */
final class Tools {

    private Tools() {}

    /**
     * Silences every tool the same way: console output would cost each a different amount.
     * Liquibase's analytics and update summary are off, as a CI setup would have them.
     */
    static void quiet() {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        System.setProperty("liquibase.showSummary", "OFF");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }

    static void migrate(Target target, Workload workload) {
        Migrate.configure()
                .dataSource(target.dataSource())
                .locations("filesystem:" + workload.migrateDirectory())
                .load()
                .upgrade("heads");
    }

    static Migrate loadMigrate(Target target, Workload workload) {
        return Migrate.configure()
                .dataSource(target.dataSource())
                .locations("filesystem:" + workload.migrateDirectory())
                .load();
    }

    static void flyway(Target target, Workload workload) {
        configureFlyway(target, workload).migrate();
    }

    static Flyway configureFlyway(Target target, Workload workload) {
        return Flyway.configure()
                .dataSource(target.dataSource())
                .locations("filesystem:" + workload.flywayDirectory())
                .load();
    }

    static void liquibase(Target target, Workload workload) throws Exception {
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(workload.liquibaseDirectory()),
                Scope.Attr.ui.name(), new LoggerUIService());
        Connection connection = target.connect();
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try {
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, Workload.LIQUIBASE_CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        } finally {
            database.close();
        }
    }
}
