package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.MigrateSettings;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.StringUtils;

/**
 * Configuration properties of migrate, under {@code migrate.*}. The core's settings
 * ({@link MigrateSettings}) are fields here only so that each has its documented property and
 * default in the configuration metadata; {@link #toSettings()} is the one place they are mapped,
 * and {@code MigrateSettingsPropertiesTests} checks that every core setting has its property,
 * metadata and default. The other fields are the Spring Boot module's own.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

    /**
     * Whether to configure migrate and upgrade the database at startup.
     */
    private boolean enabled = true;

    /**
     * Revision to upgrade to at startup: heads, head, a revision id, label@head, +N.
     */
    private String target = "heads";

    /**
     * Tag (a release, a deploy id) written into the history log's rows of the startup upgrade and of command mode's runs, so that a deploy can be found by it.
     */
    private String tag;

    /**
     * Locations of revision scripts: classpath: or filesystem: prefixed; Java revisions live in the package of a classpath location.
     */
    private List<String> locations = new ArrayList<>(Collections.singletonList("classpath:db/migrations"));

    /**
     * Name of the table that holds the database's current heads.
     */
    private String versionTable = "migrate_version";

    /**
     * Name of the table that logs every applied step.
     */
    private String historyTable = "migrate_history";

    /**
     * Schema of the version and history tables; the connection's default schema when not set.
     */
    private String schema;

    /**
     * Whether each revision commits with its version-table update, rather than the whole upgrade in one transaction
     * (PostgreSQL and SQLite only: refused where DDL commits, on MariaDB/MySQL and H2).
     */
    private boolean transactionPerMigration = true;

    /**
     * How long to wait for another runner's lock before failing; seconds when no unit is given.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration lockTimeout = Duration.ofSeconds(60);

    /**
     * Whether to refuse to upgrade when an applied SQL script has changed since it ran.
     */
    private boolean validateChecksums = true;

    /**
     * How long each statement of a revision may wait for a table lock before the revision gives up
     * and is retried; seconds when no unit is given; unset keeps the database's own lock timeout.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration ddlLockTimeout;

    /**
     * How often a revision that gave up waiting for a table lock is tried again, with back-off.
     */
    private int ddlRetries = 3;

    /**
     * From how many rows lint calls a table large, so that locking or rewriting it is an error.
     */
    private long lintLargeTableRows = 1_000_000L;

    /**
     * Tables that check, autogenerate, baseline and squash leave alone, as globs (* and ?), besides
     * migrate's own and Liquibase's and Flyway's tables, which they always leave alone.
     */
    private List<String> excludeTables = new ArrayList<>();

    /**
     * JDBC URL of a database to migrate instead of the application's DataSource.
     */
    private String url;

    /**
     * Login user of the database to migrate; with no migrate.url, applied to a copy of the application's DataSource.
     */
    private String user;

    /**
     * Login password of the database to migrate.
     */
    private String password;

    /**
     * Fully qualified name of the JDBC driver; detected from the URL when not set.
     */
    private String driverClassName;

    /**
     * Whether to compare the JPA mapping with the database once the application has started: off, warn (log each difference) or fail (refuse to start).
     */
    private CheckOnStartup checkOnStartup = CheckOnStartup.OFF;

    /**
     * What the application does at startup when lint finds locks, rewrites or breaking changes in
     * the pending revisions: off, warn (log them and upgrade) or fail (refuse to start on an error).
     */
    private LintOnStartup lintOnStartup = LintOnStartup.OFF;

    /**
     * Source folder, relative to the working directory, that command mode's revision command writes new Java revisions into.
     */
    private String sourceDirectory = "src/main/java";

    /**
     * Package of the Java revisions command mode writes; the package of the first classpath location when not set.
     */
    private String revisionPackage;

    /**
     * Indent of the Java revisions command mode writes: tab, or a number of spaces.
     */
    private String revisionIndent = "4";

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return this.target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getTag() {
        return this.tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public List<String> getLocations() {
        return this.locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getVersionTable() {
        return this.versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return this.historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public String getSchema() {
        return this.schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public boolean isTransactionPerMigration() {
        return this.transactionPerMigration;
    }

    public void setTransactionPerMigration(boolean transactionPerMigration) {
        this.transactionPerMigration = transactionPerMigration;
    }

    public Duration getLockTimeout() {
        return this.lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public List<String> getExcludeTables() {
        return this.excludeTables;
    }

    public void setExcludeTables(List<String> excludeTables) {
        this.excludeTables = excludeTables;
    }

    public Duration getDdlLockTimeout() {
        return this.ddlLockTimeout;
    }

    public void setDdlLockTimeout(Duration ddlLockTimeout) {
        this.ddlLockTimeout = ddlLockTimeout;
    }

    public int getDdlRetries() {
        return this.ddlRetries;
    }

    public void setDdlRetries(int ddlRetries) {
        this.ddlRetries = ddlRetries;
    }

    public long getLintLargeTableRows() {
        return this.lintLargeTableRows;
    }

    public void setLintLargeTableRows(long lintLargeTableRows) {
        this.lintLargeTableRows = lintLargeTableRows;
    }

    public boolean isValidateChecksums() {
        return this.validateChecksums;
    }

    public void setValidateChecksums(boolean validateChecksums) {
        this.validateChecksums = validateChecksums;
    }

    public String getUrl() {
        return this.url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return this.user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return this.password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDriverClassName() {
        return this.driverClassName;
    }

    public void setDriverClassName(String driverClassName) {
        this.driverClassName = driverClassName;
    }

    public LintOnStartup getLintOnStartup() {
        return this.lintOnStartup;
    }

    public void setLintOnStartup(LintOnStartup lintOnStartup) {
        this.lintOnStartup = lintOnStartup;
    }

    public CheckOnStartup getCheckOnStartup() {
        return this.checkOnStartup;
    }

    public void setCheckOnStartup(CheckOnStartup checkOnStartup) {
        this.checkOnStartup = checkOnStartup;
    }

    public String getSourceDirectory() {
        return this.sourceDirectory;
    }

    public void setSourceDirectory(String sourceDirectory) {
        this.sourceDirectory = sourceDirectory;
    }

    public String getRevisionPackage() {
        return this.revisionPackage;
    }

    public void setRevisionPackage(String revisionPackage) {
        this.revisionPackage = revisionPackage;
    }

    public String getRevisionIndent() {
        return this.revisionIndent;
    }

    public void setRevisionIndent(String revisionIndent) {
        this.revisionIndent = revisionIndent;
    }

    /** The core's settings these properties give; a blank schema is the connection's default. */
    MigrateSettings toSettings() {
        return MigrateSettings.defaults()
                .withLocations(this.locations)
                .withVersionTable(this.versionTable)
                .withHistoryTable(this.historyTable)
                .withSchema(StringUtils.hasText(this.schema) ? this.schema : null)
                .withTransactionPerMigration(this.transactionPerMigration)
                .withLockTimeout(this.lockTimeout)
                .withValidateChecksums(this.validateChecksums)
                .withExcludeTables(this.excludeTables)
                .withDdlLockTimeout(this.ddlLockTimeout)
                .withDdlRetries(this.ddlRetries)
                .withLintLargeTableRows(this.lintLargeTableRows);
    }

    @Override
    public String toString() {
        // Kept explicit so that a logged or printed properties object never shows the password.
        return "MigrateProperties[target=" + this.target + ", locations=" + this.locations + ", url=" + this.url
                + ", user=" + this.user + ", password=" + (this.password == null ? "none" : "******") + "]";
    }

    /**
     * What the application does when its JPA mapping and its database differ at startup.
     */
    public enum CheckOnStartup {

        /** Do not compare. */
        OFF,

        /** Log each difference as a warning and start. */
        WARN,

        /** Refuse to start, listing the differences. */
        FAIL
    }

    /**
     * What the application does when lint finds something in the pending revisions at startup.
     */
    public enum LintOnStartup {

        /** Do not lint. */
        OFF,

        /** Log each finding and upgrade. */
        WARN,

        /** Refuse to start (before anything runs) on an unacknowledged error; log the rest. */
        FAIL
    }
}
