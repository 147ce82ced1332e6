package dev.migrate;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything that tunes a {@link Migrate} instance, with the defaults every launcher shares
 * (the Spring Boot properties test checks that its defaults equal these).
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
 */
public record MigrateSettings(List<String> locations, String versionTable, String historyTable, @Nullable String schema,
        boolean transactionPerMigration, Duration lockTimeout, boolean validateChecksums, List<String> excludeTables) {

    public static final String DEFAULT_LOCATION = "classpath:db/migrations";
    public static final String DEFAULT_VERSION_TABLE = "migrate_version";
    public static final String DEFAULT_HISTORY_TABLE = "migrate_history";
    public static final boolean DEFAULT_TRANSACTION_PER_MIGRATION = true;
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    public static final boolean DEFAULT_VALIDATE_CHECKSUMS = true;

    public MigrateSettings {
        locations = List.copyOf(locations);
        excludeTables = List.copyOf(excludeTables);
    }

    /** Settings that exclude no table but the ones always left alone. */
    public MigrateSettings(List<String> locations, String versionTable, String historyTable, @Nullable String schema,
            boolean transactionPerMigration, Duration lockTimeout, boolean validateChecksums) {
        this(locations, versionTable, historyTable, schema, transactionPerMigration, lockTimeout, validateChecksums,
                List.of());
    }

    /** These settings, reading {@code locations} instead. */
    public MigrateSettings withLocations(List<String> locations) {
        return new MigrateSettings(locations, versionTable, historyTable, schema, transactionPerMigration, lockTimeout,
                validateChecksums, excludeTables);
    }

    /** These settings, leaving the tables that match {@code globs} alone. */
    public MigrateSettings withExcludeTables(List<String> globs) {
        return new MigrateSettings(locations, versionTable, historyTable, schema, transactionPerMigration, lockTimeout,
                validateChecksums, globs);
    }

    public static MigrateSettings defaults() {
        return new MigrateSettings(List.of(DEFAULT_LOCATION), DEFAULT_VERSION_TABLE, DEFAULT_HISTORY_TABLE, null,
                DEFAULT_TRANSACTION_PER_MIGRATION, DEFAULT_LOCK_TIMEOUT, DEFAULT_VALIDATE_CHECKSUMS);
    }
}
