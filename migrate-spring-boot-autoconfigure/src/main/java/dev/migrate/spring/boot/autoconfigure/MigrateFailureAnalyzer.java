package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a migrate failure at startup into Boot's short "APPLICATION FAILED TO START" report: the
 * message already says what went wrong and where, so it is the description as it is (messages
 * mask passwords where they are made); the action is chosen by the failure's
 * {@link MigrateException#kind() kind}, naming the {@code migrate.*} property or the command that
 * deals with it.
 */
class MigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> {

    private static final String COMMAND = "java -jar app.jar migrate";

    private static final Map<ErrorKind, String> ACTIONS = actions();

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
        String description = (cause.kind() == ErrorKind.SCHEMA_DRIFT
                        ? "migrate found that "
                        : "migrate could not bring the database up to date: ")
                + cause.getMessage();
        return new FailureAnalysis(description, action(cause), cause);
    }

    /** The kind's action; bad input stopped before anything ran, which is worth saying first. */
    static String action(MigrateException cause) {
        String action = ACTIONS.get(cause.kind());
        return (cause instanceof BadInputException) ? "Nothing was run. " + action : action;
    }

    private static Map<ErrorKind, String> actions() {
        Map<ErrorKind, String> actions = new EnumMap<>(ErrorKind.class);
        actions.put(
                ErrorKind.UNKNOWN_REVISION,
                "Restore the script that defines the revision named above to "
                        + "migrate.locations (it may be in another branch or an older build), or, if the database "
                        + "really is at a revision the scripts know, record that with '" + COMMAND
                        + " stamp --purge <revision>'. Check that migrate.target names a revision of these scripts.");
        actions.put(
                ErrorKind.CHECKSUM_MISMATCH,
                "Restore the applied script as it was when it ran and put the "
                        + "change in a new revision ('" + COMMAND
                        + " revision -m <message>'); if the edit is deliberate "
                        + "(a comment, a formatting change), set migrate.validate-checksums=false for one start, or "
                        + "record the new checksum with '" + COMMAND + " stamp --purge <heads>'.");
        actions.put(
                ErrorKind.MISSING_HISTORY,
                "If the scripts are the ones that were applied, record them with '" + COMMAND
                        + " stamp --purge <heads>'; or set migrate.validate-checksums=false.");
        actions.put(
                ErrorKind.LOCK_TIMEOUT,
                "Another instance holds the migration lock: let it finish, or find the "
                        + "holder named above and end it if it is stuck; raise migrate.lock-timeout (now a duration such "
                        + "as 60s) when a long migration is expected.");
        actions.put(
                ErrorKind.TABLE_LOCK_TIMEOUT,
                "A session of the application or another client held a lock on "
                        + "the table the revision changes (the blocking sessions are named above): start again at a quieter "
                        + "time, end the blocking session, or raise migrate.ddl-lock-timeout / migrate.ddl-retries.");
        actions.put(
                ErrorKind.LINT_ERRORS,
                "Make the revisions named above safe (the findings say how), or "
                        + "acknowledge a finding in the revision with a reason (@Revision(lint = ...) or a '-- lint:' header); "
                        + "migrate.lint-on-startup=warn reports the findings without stopping.");
        actions.put(
                ErrorKind.TENANTS_FAILED,
                "Each failed tenant's error is listed above (and at "
                        + "/actuator/migrations/tenants, or by '" + COMMAND
                        + " fleet status'): fix those tenants and start "
                        + "again (upgraded tenants are not run again), or set migrate.tenants.on-startup=lazy to upgrade each "
                        + "tenant when it is first used.");
        actions.put(
                ErrorKind.FOREIGN_HISTORY,
                "Move the database over without running anything: '" + COMMAND
                        + " import flyway --stamp' (or 'import liquibase --changelog <master> --stamp') checks its applied "
                        + "history against the imported revisions and records where it is; then start again.");
        actions.put(
                ErrorKind.IMPORT_MISMATCH,
                "The applied entries listed above have no matching imported "
                        + "revision: import from the scripts this database was built with (the same versions and checksums), "
                        + "or repair the old tool's history first, then run import --stamp again.");
        actions.put(
                ErrorKind.STATEMENT_FAILED,
                "Fix the revision named above (or the database state its "
                        + "statement trips over), then start the application again; revisions the database recorded "
                        + "as applied are not run again. '" + COMMAND + " history -i' shows what ran.");
        actions.put(
                ErrorKind.UNFINISHED_ATTEMPT,
                "An earlier attempt at this revision was killed before it "
                        + "completed and left part of it in the database. Undo what it left (or finish it by hand and "
                        + "record it with '" + COMMAND + " stamp <revision>'), then start again; '" + COMMAND
                        + " current' shows the unfinished attempt.");
        actions.put(
                ErrorKind.BAD_SCRIPT,
                "Fix the revision script named above (file and line are in the "
                        + "message), rebuild, and start again.");
        actions.put(
                ErrorKind.IRREVERSIBLE,
                "Give the operation named above the definition it drops (or write the "
                        + "downgrade by hand) so that it can be reversed; migrate.target decides how far the start-up "
                        + "upgrade goes.");
        actions.put(
                ErrorKind.BAD_REVISION_GRAPH,
                "Fix the revisions in migrate.locations so that they form one "
                        + "history: every down revision present, no id twice, no loop; '" + COMMAND
                        + " history' and '" + COMMAND + " heads' show the graph.");
        actions.put(
                ErrorKind.MULTIPLE_HEADS,
                "The scripts have more than one head: set migrate.target=heads to "
                        + "upgrade every branch, or merge them with '" + COMMAND + " merge heads -m <message>'.");
        actions.put(
                ErrorKind.BAD_TARGET,
                "Set migrate.target to a revision the database can reach: 'heads' "
                        + "(the default), 'head', a revision id or a unique prefix, or 'label@head'.");
        actions.put(
                ErrorKind.INCONSISTENT_VERSION_TABLE,
                "Repair the version table (migrate.version-table) "
                        + "as the message says, usually with '" + COMMAND + " stamp --purge <revision>' after checking "
                        + "which revisions the schema really has; or point migrate.version-table at the right table.");
        actions.put(
                ErrorKind.NOT_AT_HEAD,
                "Upgrade the database first ('" + COMMAND + " upgrade heads'), then " + "run the command again.");
        actions.put(
                ErrorKind.SCHEMA_DRIFT,
                "Write the revision that brings the database to the mapping ("
                        + COMMAND + " revision --autogenerate -m <message>) or correct the entities; set "
                        + "migrate.check-on-startup=warn to start with the differences logged.");
        actions.put(
                ErrorKind.CONNECTION_FAILED,
                "Check the database URL and credentials migrate uses: "
                        + "migrate.url, migrate.user and migrate.password when set, else spring.datasource.*; and that "
                        + "the database accepts connections.");
        actions.put(
                ErrorKind.DATABASE_ERROR,
                "Check that the database is reachable and that migrate's user "
                        + "(migrate.user, else spring.datasource.username) may read its catalog and the version table "
                        + "migrate.version-table.");
        actions.put(
                ErrorKind.UNSUPPORTED_DATABASE,
                "migrate supports PostgreSQL, MariaDB/MySQL, H2 and SQLite: "
                        + "point migrate.url (or spring.datasource.url) at one of them, or set migrate.enabled=false.");
        actions.put(
                ErrorKind.BAD_CONFIGURATION,
                "Correct the setting named above (its migrate.* property, or the "
                        + "spring.* property the message names), then start again.");
        actions.put(
                ErrorKind.BAD_USAGE,
                "Change the command or its arguments as the message says; '" + COMMAND
                        + " --help' lists the commands.");
        actions.put(
                ErrorKind.OFFLINE_UNSUPPORTED,
                "Run this revision online (without --sql), or make it " + "independent of the database's contents.");
        actions.put(
                ErrorKind.SCHEMA_SCRIPTS_CONFLICT,
                "Let migrate alone change the schema: move what the schema "
                        + "script creates into revisions ('" + COMMAND
                        + " revision --autogenerate -m initial'), then set "
                        + "spring.sql.init.schema-locations= (empty) so that Boot runs no schema script (data.sql still "
                        + "runs, after migrate), or spring.sql.init.mode=never to run no script at all.");
        actions.put(
                ErrorKind.FILE_ACCESS,
                "Check that the file or folder named above exists and that the "
                        + "application may read (or write) it; migrate.locations lists where revisions are read from.");
        actions.put(
                ErrorKind.OTHER,
                "Fix the cause named above, then start the application again; revisions "
                        + "the database recorded as applied are not run again.");
        return actions;
    }
}
