package dev.migrate.cli;

import java.util.Arrays;
import java.util.List;

/**
 * The keys migrate.properties may hold (named as in alembic.ini where Alembic has one). A key that
 * gives one of the core's settings names its {@link dev.migrate.MigrateSettings} component;
 * {@code ConfigKeySettingsTest} checks that every component has such a key.
 */
enum ConfigKey {

    /** The database, as a JDBC URL; MIGRATE_URL and --url override it. */
    URL("url"),
    /** The database user; MIGRATE_USER and --user override it. */
    USER("user"),
    /** The database password (better: MIGRATE_PASSWORD or --password-env); never shown. */
    PASSWORD("password"),
    /** Where revisions are read from: comma-separated filesystem:FOLDER and classpath:FOLDER entries. */
    LOCATIONS("locations", "locations"),
    /** Comma-separated folders and jars holding compiled Java revisions and the entities. */
    CLASSPATH("classpath"),
    /** Comma-separated packages of the @Entity classes check and revision --autogenerate compare with. */
    ENTITIES("entities"),
    /** The table of current heads. */
    VERSION_TABLE("version_table", "versionTable"),
    /** The log of applied steps. */
    HISTORY_TABLE("history_table", "historyTable"),
    /** The schema of both tables; the connection's default when absent. */
    VERSION_TABLE_SCHEMA("version_table_schema", "schema"),
    /** Whether each revision commits on its own (true) or a whole run is one transaction. */
    TRANSACTION_PER_MIGRATION("transaction_per_migration", "transactionPerMigration"),
    /** How long to wait for another runner's lock: 60, 60s, 2m, 500ms or PT1M. */
    LOCK_TIMEOUT("lock_timeout", "lockTimeout"),
    /** Whether upgrade refuses to run when an applied SQL script has changed. */
    VALIDATE_CHECKSUMS("validate_checksums", "validateChecksums"),
    /** Comma-separated globs of tables check, autogenerate, baseline and squash leave alone. */
    EXCLUDE_TABLES("exclude_tables", "excludeTables"),
    /** How long each statement of a revision may wait for a table lock: 5s, 500ms; absent: the database's own. */
    DDL_LOCK_TIMEOUT("ddl_lock_timeout", "ddlLockTimeout"),
    /** How often a revision that gave up waiting for a table lock is tried again (default 3). */
    DDL_RETRIES("ddl_retries", "ddlRetries"),
    /** From how many rows lint calls a table large (default 1000000). */
    LINT_LARGE_TABLE_ROWS("lint_large_table_rows", "lintLargeTableRows"),
    /** The folder init created, with the editable templates of new revisions. */
    SCRIPT_LOCATION("script_location"),
    /** Comma-separated folders revision writes new files to (the first, the head's, or --version-path). */
    VERSION_LOCATIONS("version_locations"),
    /** The form of new revisions: sql or java. */
    REVISION_FORMAT("revision_format"),
    /** The Java package of new Java revisions. */
    REVISION_PACKAGE("revision_package"),
    /** The name of new revision files, in Alembic's file_template syntax. */
    FILE_TEMPLATE("file_template"),
    /** The longest slug of the message in file names. */
    TRUNCATE_SLUG_LENGTH("truncate_slug_length"),
    /** The indent of new Java revisions: tab or a number of spaces (4 when absent). */
    REVISION_INDENT("revision_indent"),
    /** fleet's tenants when no --tenants-* option is given: a file of one schema or JDBC URL a line. */
    TENANTS_FILE("tenants_file"),
    /** fleet's tenants when no --tenants-* option is given: a query whose first column names each tenant. */
    TENANTS_QUERY("tenants_query"),
    /** fleet's tenants when no --tenants-* option is given: a LIKE pattern over the schemas (databases). */
    TENANTS_PATTERN("tenants_pattern"),
    /** How many tenants fleet runs at once unless --parallel says (default 1). */
    TENANTS_PARALLEL("tenants_parallel"),
    /** Whether fleet runs every tenant after one failed unless --[no-]continue-on-error says (default false). */
    TENANTS_CONTINUE_ON_ERROR("tenants_continue_on_error");

    private final String key;
    private final String setting;

    ConfigKey(String key) {
        this(key, null);
    }

    ConfigKey(String key, String setting) {
        this.key = key;
        this.setting = setting;
    }

    String key() {
        return key;
    }

    /** The key that gives the {@link dev.migrate.MigrateSettings} component {@code setting}, or {@code null}. */
    static ConfigKey forSetting(String setting) {
        for (ConfigKey each : values()) {
            if (setting.equals(each.setting)) {
                return each;
            }
        }
        return null;
    }

    static ConfigKey find(String key) {
        for (ConfigKey each : values()) {
            if (each.key.equals(key)) {
                return each;
            }
        }
        return null;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(ConfigKey::key).toList();
    }
}
