package dev.migrate;

import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.runtime.HistoryLog;
import dev.migrate.internal.runtime.MigrationRunner;
import dev.migrate.internal.runtime.OfflineRunner;
import dev.migrate.internal.runtime.UrlDataSource;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.internal.script.ScriptDirectory;
import dev.migrate.internal.script.graph.GraphRevisions;
import dev.migrate.internal.script.graph.MigrationStep;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The public entry point: configure once, then call the commands. Loading reads and checks
 * every script and builds the revision graph, so a bad script fails here, before anything runs.
 *
 * <pre>{@code
 * Migrate migrate = Migrate.configure().dataSource(dataSource).load();
 * migrate.upgrade("heads");
 * }</pre>
 */
public final class Migrate {

    private final MigrateSettings settings;
    private final @Nullable DataSource dataSource;
    private final List<RevisionScript> scriptList;
    private final Map<String, RevisionScript> scripts;
    private final RevisionGraph graph;
    private final Revisions revisions;
    private final @Nullable MigrationRunner runner;
    private final @Nullable String tag;

    private Migrate(Builder builder) {
        this.settings = builder.settings();
        this.tag = builder.tag;
        this.dataSource = builder.dataSource;
        this.scriptList = ScriptDirectory.load(settings.locations(), builder.classLoader, builder.revisionCache);
        Map<String, RevisionScript> byId = new LinkedHashMap<>();
        for (RevisionScript script : scriptList) {
            byId.put(script.id(), script);
        }
        this.scripts = Collections.unmodifiableMap(byId);
        this.graph =
                RevisionGraph.of(scriptList.stream().map(RevisionScript::node).toList());
        this.revisions = new GraphRevisions(graph);
        this.runner = dataSource == null
                ? null
                : new MigrationRunner(dataSource, settings, graph, scripts, List.copyOf(builder.listeners));
    }

    public static Builder configure() {
        return new Builder();
    }

    public MigrateSettings settings() {
        return settings;
    }

    /** The database this instance migrates, or {@code null} when it was configured without one (offline use). */
    public @Nullable DataSource dataSource() {
        return dataSource;
    }

    /** The revisions of the scripts, read-only: ids, heads, bases, parents and children, labels, messages. */
    public Revisions revisions() {
        return revisions;
    }

    /** Every revision the locations hold, in the order they were found. */
    public List<RevisionScript> scripts() {
        return scriptList;
    }

    /** One revision's script by its full id. */
    public Optional<RevisionScript> script(String id) {
        return Optional.ofNullable(scripts.get(id));
    }

    /** Upgrades to {@code target} ({@code heads}, {@code head}, an id, {@code +2}, {@code label@head} …). */
    public MigrationResult upgrade(String target) {
        return upgrade(target, null);
    }

    /**
     * Upgrades to {@code target}, writing {@code tag} (a release, a deploy id) into every history row
     * of the run, so that the run can be found by it later ({@code --tag}).
     *
     * @param tag the run's tag; {@code null} for the one configured with {@link Builder#tag}, if any
     */
    public MigrationResult upgrade(String target, @Nullable String tag) {
        return runner().upgrade(target, tagOf(tag));
    }

    /** Downgrades to {@code target} ({@code base}, an id, {@code -1} …). */
    public MigrationResult downgrade(String target) {
        return downgrade(target, null);
    }

    /** Downgrades to {@code target}, writing {@code tag} into every history row of the run (see {@link #upgrade(String, String)}). */
    public MigrationResult downgrade(String target, @Nullable String tag) {
        return runner().downgrade(target, tagOf(tag));
    }

    /** Records {@code targets} as the database's state without running anything. */
    public void stamp(List<String> targets, boolean purge) {
        stamp(targets, purge, null);
    }

    /** Records {@code targets} without running anything, writing {@code tag} into the stamp's history rows. */
    public void stamp(List<String> targets, boolean purge, @Nullable String tag) {
        runner().stamp(targets, purge, tagOf(tag));
    }

    /** The tag runs write when the call names none ({@link Builder#tag}), or {@code null}. */
    public @Nullable String tag() {
        return tag;
    }

    private @Nullable String tagOf(@Nullable String given) {
        return given == null ? tag : checkTag(given, "--tag");
    }

    /** Creates the version table and history log if they do not exist yet ({@code ensure_version}). */
    public void ensureVersion() {
        runner().ensureVersion();
    }

    /** The database's current heads; empty when it is at base or has no version table. */
    public List<String> current() {
        return runner().current();
    }

    /**
     * The revisions an {@code upgrade("heads")} would apply, in order; recording a database at the
     * end of a squashed range as the squashed revision runs nothing, so it is not listed.
     */
    public List<RevisionScript> pending() {
        List<RevisionScript> pending = new ArrayList<>();
        for (MigrationStep step : runner().pending("heads")) {
            if (step.isStamp()) {
                continue;
            }
            pending.add(scripts.get(step.revision().id()));
        }
        return pending;
    }

    /** The history log, oldest first; empty when there is none yet. */
    public List<AppliedRevision> appliedHistory() {
        return runner().appliedHistory();
    }

    /**
     * Steps that failed or were interrupted (a killed process) and have not run successfully
     * since. On databases where DDL commits as it runs (MariaDB/MySQL, H2) such a revision may be
     * partly applied; {@code current} shows these.
     */
    public List<AppliedRevision> unfinishedAttempts() {
        return runner().unfinishedAttempts();
    }

    /**
     * Where the database stands against the scripts: its heads, each revision's state (applied,
     * stamped, pending, unknown), attempts that did not complete and scripts edited since they
     * ran. Reads the version table and the whole history log.
     */
    public MigrationStatus status() {
        return statusOf(runner().state(true));
    }

    /**
     * {@link #status()} without reading the whole history log, for checks that run often (health,
     * gauges): no revision carries its history row, so none is stamped or has a changed checksum,
     * and unknown revisions are those among the current heads; unfinished attempts are read with
     * one query that returns only them.
     */
    public MigrationStatus headsStatus() {
        return statusOf(runner().state(false));
    }

    private MigrationStatus statusOf(MigrationRunner.DatabaseState state) {
        return MigrationStatus.of(graph, id -> scripts.get(id), state.heads(), state.history(), state.unfinished());
    }

    /**
     * Writes the SQL of an upgrade instead of running it ({@code --sql}).
     *
     * @param range   {@code start:end}, or {@code end} to start from base
     * @param dialect the database to write for ({@code postgresql}, {@code mariadb}, {@code h2} …)
     */
    public void upgradeSql(String range, String dialect, Appendable out) {
        upgradeSql(range, dialect, null, out);
    }

    /** {@link #upgradeSql(String, String, Appendable)} whose history rows carry {@code tag} ({@code null}: the configured one). */
    public void upgradeSql(String range, String dialect, @Nullable String tag, Appendable out) {
        offline(dialect).upgrade(range, tagOf(tag), out);
    }

    /** Writes the SQL of a downgrade; {@code range} must be {@code start:end}. */
    public void downgradeSql(String range, String dialect, Appendable out) {
        downgradeSql(range, dialect, null, out);
    }

    /** {@link #downgradeSql(String, String, Appendable)} whose history rows carry {@code tag}. */
    public void downgradeSql(String range, String dialect, @Nullable String tag, Appendable out) {
        offline(dialect).downgrade(range, tagOf(tag), out);
    }

    /** Writes the statements of a {@code stamp} instead of running them ({@code stamp --sql}). */
    public void stampSql(List<String> targets, boolean purge, String dialect, Appendable out) {
        stampSql(targets, purge, dialect, null, out);
    }

    /** {@link #stampSql(List, boolean, String, Appendable)} whose history rows carry {@code tag}. */
    public void stampSql(List<String> targets, boolean purge, String dialect, @Nullable String tag, Appendable out) {
        offline(dialect).stamp(targets, purge, tagOf(tag), out);
    }

    /** Writes the creation of the version table and history log. */
    public void ensureVersionSql(String dialect, Appendable out) {
        offline(dialect).ensureVersion(out);
    }

    /** The dialect of the configured database, for offline mode when no dialect is named. */
    public String databaseDialect() {
        try (Connection connection = requireDataSource().getConnection()) {
            return Dialect.of(connection).name();
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.CONNECTION_FAILED, "Could not connect to the database: " + e.getMessage(), e);
        }
    }

    private OfflineRunner offline(String dialect) {
        return new OfflineRunner(Dialect.named(dialect), settings, graph, scripts);
    }

    private MigrationRunner runner() {
        requireDataSource();
        return runner;
    }

    private DataSource requireDataSource() {
        if (dataSource == null) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    "No database is configured: give a URL (url / MIGRATE_URL / --url) or a DataSource.");
        }
        return dataSource;
    }

    private static String checkTag(String tag, String where) {
        if (tag.isBlank() || tag.length() > HistoryLog.MAX_TAG || tag.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    where + " '" + tag + "' is not a tag: give 1 to " + HistoryLog.MAX_TAG
                            + " characters on one line, e.g. a release or deploy id such as v1.4.2");
        }
        return tag;
    }

    /**
     * Collects the settings into one {@link MigrateSettings} (each method here replaces one of its
     * components through its wither) plus what is not a setting: the database, the class loader,
     * the default tag and the listeners. {@link #load()} checks them and reads the scripts.
     */
    public static final class Builder {

        private @Nullable DataSource dataSource;
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private @Nullable Path revisionCache;
        private MigrateSettings settings = MigrateSettings.defaults();
        private @Nullable String tag;
        private final List<MigrationListener> listeners = new ArrayList<>();

        private Builder() {}

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        public Builder url(String url, @Nullable String user, @Nullable String password) {
            this.dataSource = new UrlDataSource(url, user, password);
            return this;
        }

        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /**
         * Keeps what was read from the SQL files of {@code filesystem:} locations in {@code folder},
         * so that the next engine over the same folder reads only the files that changed since (a
         * command-line program pays for reading a long history on every run). Files are told
         * unchanged by their size, times and inode, as git does; a remembered file is read again,
         * and checked against what was remembered, when its statements are about to run.
         */
        public Builder revisionCache(@Nullable Path folder) {
            this.revisionCache = folder;
            return this;
        }

        /** {@link MigrateSettings#locations()}. */
        public Builder locations(String... locations) {
            return locations(List.of(locations));
        }

        /** {@link MigrateSettings#locations()}. */
        public Builder locations(List<String> locations) {
            this.settings = settings.withLocations(locations);
            return this;
        }

        /** {@link MigrateSettings#versionTable()}. */
        public Builder versionTable(String versionTable) {
            this.settings = settings.withVersionTable(versionTable);
            return this;
        }

        /** {@link MigrateSettings#historyTable()}. */
        public Builder historyTable(String historyTable) {
            this.settings = settings.withHistoryTable(historyTable);
            return this;
        }

        /** {@link MigrateSettings#schema()}. */
        public Builder schema(@Nullable String schema) {
            this.settings = settings.withSchema(schema);
            return this;
        }

        /** {@link MigrateSettings#transactionPerMigration()}. */
        public Builder transactionPerMigration(boolean transactionPerMigration) {
            this.settings = settings.withTransactionPerMigration(transactionPerMigration);
            return this;
        }

        /** {@link MigrateSettings#lockTimeout()}. */
        public Builder lockTimeout(Duration lockTimeout) {
            this.settings = settings.withLockTimeout(lockTimeout);
            return this;
        }

        /** {@link MigrateSettings#validateChecksums()}. */
        public Builder validateChecksums(boolean validateChecksums) {
            this.settings = settings.withValidateChecksums(validateChecksums);
            return this;
        }

        /** Globs of tables that {@code check}, autogenerate, {@code baseline} and {@code squash} leave alone. */
        public Builder excludeTables(List<String> globs) {
            this.settings = settings.withExcludeTables(globs);
            return this;
        }

        /**
         * How long each statement of a revision may wait for a table lock before the revision gives
         * up (and is retried, see {@link #ddlRetries}); {@code null} (the default) leaves the database's own setting.
         */
        public Builder ddlLockTimeout(Duration ddlLockTimeout) {
            this.settings = settings.withDdlLockTimeout(ddlLockTimeout);
            return this;
        }

        /** How often a revision that gave up waiting for a table lock is tried again, with back-off (default 3). */
        public Builder ddlRetries(int ddlRetries) {
            this.settings = settings.withDdlRetries(ddlRetries);
            return this;
        }

        /** From how many rows lint calls a table large, so that locking or rewriting it is an error (default 1,000,000). */
        public Builder lintLargeTableRows(long lintLargeTableRows) {
            this.settings = settings.withLintLargeTableRows(lintLargeTableRows);
            return this;
        }

        /**
         * A tag (a release, a deploy id) written into the history rows of every run that names no
         * tag of its own; {@code null} for none.
         */
        public Builder tag(@Nullable String tag) {
            this.tag = tag;
            return this;
        }

        public Builder listener(MigrationListener listener) {
            this.listeners.add(listener);
            return this;
        }

        /** Replaces every setting at once, e.g. with the ones a launcher read from its configuration. */
        public Builder settings(MigrateSettings settings) {
            this.settings = java.util.Objects.requireNonNull(settings, "settings");
            return this;
        }

        MigrateSettings settings() {
            return settings;
        }

        /** Reads and checks every script and builds the graph; throws {@link BadInputException} on bad input. */
        public Migrate load() {
            checkSettings();
            return new Migrate(this);
        }

        // Nonsense here would otherwise surface later as a driver error, after the database was touched.
        private void checkSettings() {
            String versionTable = settings.versionTable();
            String historyTable = settings.historyTable();
            String schema = settings.schema();
            Duration lockTimeout = settings.lockTimeout();
            Duration ddlLockTimeout = settings.ddlLockTimeout();
            int ddlRetries = settings.ddlRetries();
            long lintLargeTableRows = settings.lintLargeTableRows();
            requireName("versionTable", versionTable);
            requireName("historyTable", historyTable);
            if (versionTable.strip().equalsIgnoreCase(historyTable.strip())) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "The 'versionTable' and 'historyTable' settings both name the table '"
                                + versionTable + "'. Give them different names (defaults: "
                                + MigrateSettings.DEFAULT_VERSION_TABLE
                                + ", " + MigrateSettings.DEFAULT_HISTORY_TABLE + ")");
            }
            if (schema != null && schema.isBlank()) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "The 'schema' setting is blank. Name a schema, or leave it unset for the"
                                + " connection's default schema");
            }
            if (tag != null) {
                checkTag(tag, "The 'tag' setting");
            }
            if (lockTimeout == null || lockTimeout.isNegative()) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "The 'lockTimeout' setting is " + (lockTimeout == null ? "missing" : lockTimeout)
                                + ". Give a duration of zero or more (default " + MigrateSettings.DEFAULT_LOCK_TIMEOUT
                                + ")");
            }
            if (ddlLockTimeout != null && (ddlLockTimeout.isNegative() || ddlLockTimeout.isZero())) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "The 'ddlLockTimeout' setting is " + ddlLockTimeout + ". Give a positive"
                                + " duration such as 5s, or leave it unset to keep the database's own lock timeout");
            }
            if (ddlRetries < 0) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "The 'ddlRetries' setting is " + ddlRetries + ". Give 0 or more (default "
                                + MigrateSettings.DEFAULT_DDL_RETRIES + ")");
            }
            if (lintLargeTableRows < 0) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "The 'lintLargeTableRows' setting is " + lintLargeTableRows + ". Give 0 or more (default "
                                + MigrateSettings.DEFAULT_LINT_LARGE_TABLE_ROWS + ")");
            }
        }

        private static void requireName(String setting, String value) {
            if (value == null || value.isBlank()) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "The '" + setting + "' setting is blank. Give a table name, or leave it"
                                + " unset for the default");
            }
            // A dotted name would be quoted as one name, so the tables would silently land in the
            // default schema under the name "other.migrate_version".
            if (value.indexOf('.') >= 0) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "The '" + setting + "' setting '" + value + "' holds a '.': it is a table"
                                + " name, quoted as one name, not schema.table. Put the schema in the 'schema' setting"
                                + " (version_table_schema in migrate.properties, migrate.schema in Spring Boot) and the bare"
                                + " table name here");
            }
        }
    }
}
