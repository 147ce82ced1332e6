package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.BadInputException;
import dev.migrate.MigrateException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a migrate failure at startup into Boot's short "APPLICATION FAILED TO START" report:
 * the message already says what went wrong and where, so it is shown as it is.
 */
class MigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
        if (cause instanceof SchemaCheckOnStartup.SchemaDriftException) {
            return new FailureAnalysis("migrate found that " + cause.getMessage(),
                    "Write the revision that brings the database to the mapping (java -jar app.jar migrate revision "
                            + "--autogenerate -m <message>) or correct the entities; set "
                            + "migrate.check-on-startup=warn to start with the differences logged.",
                    cause);
        }
        String action = (cause instanceof BadInputException)
                ? "Nothing was run. Fix the script, target or property named above, then start the application again."
                : "Fix the cause named above, then start the application again; revisions the database "
                        + "recorded as applied are not run again.";
        return new FailureAnalysis("migrate could not bring the database up to date: " + cause.getMessage(), action,
                cause);
    }

}
