package dev.migrate;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything that tunes a {@link Migrate} instance, with the defaults every launcher shares: the
 * one list of settings. {@link Migrate.Builder} holds one of these and changes it through the
 * withers; Spring Boot's {@code migrate.*} properties and the CLI's {@code migrate.properties}
 * keys map onto it, and their tests check, component by component, that every setting here has a
 * property (with metadata), a builder method and a key, and that their defaults equal these.
 *
 * <p>A new setting is a new component here, with its {@code DEFAULT_…} constant, its wither and
 * builder method, a field in the Boot module's {@code MigrateProperties} and a {@code ConfigKey}
 * in the CLI; those tests name whichever piece is missing.
 *
 * @param locations               where revisions are found: {@code classpath:db/migrations},
 *                                {@code filesystem:/path}; Java classes in the package of a
 *                                classpath location ({@code db.migrations})
 * @param versionTable            the table of current heads
 * @param historyTable            the log of applied steps
 * @param schema                  the schema of both tables; {@code null} for the connection's default
 * @param transactionPerMigration each revision commits with its version-table update; when
 *                                {@code false} the whole upgrade runs in one transaction, which
 *                                is refused where DDL commits (MariaDB/MySQL, H2)
 * @param lockTimeout             how long a runner waits for another to finish
 * @param validateChecksums       whether {@code upgrade} refuses when an applied script has changed
 * @param excludeTables           globs ({@code *}, {@code ?}) of tables that {@code check}, autogenerate,
 *                                {@code baseline} and {@code squash} leave alone, besides migrate's own
 *                                and those of Liquibase and Flyway, which they always leave alone
 * @param ddlLockTimeout          how long each statement of a revision may wait for a table lock
 *                                (PostgreSQL {@code lock_timeout}, MariaDB {@code lock_wait_timeout}, H2
 *                                {@code LOCK_TIMEOUT}); {@code null} leaves the database's own setting
 * @param ddlRetries              how often a revision that gave up waiting for a lock is tried again
 *                                (with back-off), when nothing of it stayed
 * @param lintLargeTableRows      from how many rows lint calls a table large: a lock or rewrite of it is an error
 */
public record MigrateSettings(
        List<String> locations,
        String versionTable,
        String historyTable,
        @Nullable String schema,
        boolean transactionPerMigration,
        Duration lockTimeout,
        boolean validateChecksums,
        List<String> excludeTables,
        @Nullable Duration ddlLockTimeout,
        int ddlRetries,
        long lintLargeTableRows) {

    public static final String DEFAULT_LOCATION = "classpath:db/migrations";
    public static final String DEFAULT_VERSION_TABLE = "migrate_version";
    public static final String DEFAULT_HISTORY_TABLE = "migrate_history";
    public static final boolean DEFAULT_TRANSACTION_PER_MIGRATION = true;
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    public static final boolean DEFAULT_VALIDATE_CHECKSUMS = true;
    public static final int DEFAULT_DDL_RETRIES = 3;
    public static final long DEFAULT_LINT_LARGE_TABLE_ROWS = 1_000_000L;

    public MigrateSettings {
        locations = List.copyOf(locations);
        excludeTables = List.copyOf(excludeTables);
    }

    /** These settings, reading revisions from {@code locations} instead. */
    public MigrateSettings withLocations(List<String> locations) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                ddlLockTimeout,
                ddlRetries,
                lintLargeTableRows);
    }

    /** These settings, keeping the current heads in the table {@code versionTable}. */
    public MigrateSettings withVersionTable(String versionTable) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                ddlLockTimeout,
                ddlRetries,
                lintLargeTableRows);
    }

    /** These settings, logging applied steps in the table {@code historyTable}. */
    public MigrateSettings withHistoryTable(String historyTable) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                ddlLockTimeout,
                ddlRetries,
                lintLargeTableRows);
    }

    /** These settings, with both tables in {@code schema} ({@code null}: the connection's default). */
    public MigrateSettings withSchema(String schema) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                ddlLockTimeout,
                ddlRetries,
                lintLargeTableRows);
    }

    /** These settings, committing per revision ({@code true}) or once per run. */
    public MigrateSettings withTransactionPerMigration(boolean transactionPerMigration) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                ddlLockTimeout,
                ddlRetries,
                lintLargeTableRows);
    }

    /** These settings, waiting {@code lockTimeout} for another runner. */
    public MigrateSettings withLockTimeout(Duration lockTimeout) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                ddlLockTimeout,
                ddlRetries,
                lintLargeTableRows);
    }

    /** These settings, refusing ({@code true}) or allowing an upgrade when an applied script changed. */
    public MigrateSettings withValidateChecksums(boolean validateChecksums) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                ddlLockTimeout,
                ddlRetries,
                lintLargeTableRows);
    }

    /** These settings, leaving the tables that match {@code globs} alone. */
    public MigrateSettings withExcludeTables(List<String> globs) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                globs,
                ddlLockTimeout,
                ddlRetries,
                lintLargeTableRows);
    }

    /** These settings, bounding each revision's wait for a table lock by {@code timeout} ({@code null}: off). */
    public MigrateSettings withDdlLockTimeout(Duration timeout) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                timeout,
                ddlRetries,
                lintLargeTableRows);
    }

    /** These settings, trying a revision that gave up waiting for a lock {@code retries} more times. */
    public MigrateSettings withDdlRetries(int retries) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                ddlLockTimeout,
                retries,
                lintLargeTableRows);
    }

    /** These settings, with lint calling a table of {@code rows} rows or more large. */
    public MigrateSettings withLintLargeTableRows(long rows) {
        return new MigrateSettings(
                locations,
                versionTable,
                historyTable,
                schema,
                transactionPerMigration,
                lockTimeout,
                validateChecksums,
                excludeTables,
                ddlLockTimeout,
                ddlRetries,
                rows);
    }

    /** The defaults every launcher starts from. */
    public static MigrateSettings defaults() {
        return new MigrateSettings(
                List.of(DEFAULT_LOCATION),
                DEFAULT_VERSION_TABLE,
                DEFAULT_HISTORY_TABLE,
                null,
                DEFAULT_TRANSACTION_PER_MIGRATION,
                DEFAULT_LOCK_TIMEOUT,
                DEFAULT_VALIDATE_CHECKSUMS,
                List.of(),
                null,
                DEFAULT_DDL_RETRIES,
                DEFAULT_LINT_LARGE_TABLE_ROWS);
    }
}
