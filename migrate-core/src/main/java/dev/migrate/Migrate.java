package dev.migrate;

import dev.migrate.runtime.AppliedRevision;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.MigrationResult;
import dev.migrate.runtime.UrlDataSource;
import dev.migrate.script.RevisionScript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

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
    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final List<MigrationListener> listeners;

    private Migrate(Builder builder) {
        this.settings = builder.settings();
        this.dataSource = builder.dataSource;
        this.classLoader = builder.classLoader;
        this.listeners = List.copyOf(builder.listeners);
    }

    public static Builder configure() {
        return new Builder();
    }

    public MigrateSettings settings() {
        return settings;
    }

    /** Every revision the locations hold, in no particular order. */
    public List<RevisionScript> scripts() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Upgrades to {@code target} ({@code heads}, {@code head}, an id, {@code +2}, {@code label@head} …). */
    public MigrationResult upgrade(String target) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Downgrades to {@code target} ({@code base}, an id, {@code -1} …). */
    public MigrationResult downgrade(String target) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Records {@code targets} as the database's state without running anything. */
    public void stamp(List<String> targets, boolean purge) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The database's current heads; empty when it is at base or has no version table. */
    public List<String> current() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The revisions an {@code upgrade("heads")} would apply, in order. */
    public List<RevisionScript> pending() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The history log, oldest first; empty when there is none yet. */
    public List<AppliedRevision> appliedHistory() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Collects the settings; {@link #load()} checks them and reads the scripts. */
    public static final class Builder {

        private DataSource dataSource;
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private List<String> locations = List.of(MigrateSettings.DEFAULT_LOCATION);
        private String versionTable = MigrateSettings.DEFAULT_VERSION_TABLE;
        private String historyTable = MigrateSettings.DEFAULT_HISTORY_TABLE;
        private String schema;
        private boolean transactionPerMigration = MigrateSettings.DEFAULT_TRANSACTION_PER_MIGRATION;
        private Duration lockTimeout = MigrateSettings.DEFAULT_LOCK_TIMEOUT;
        private boolean validateChecksums = MigrateSettings.DEFAULT_VALIDATE_CHECKSUMS;
        private final List<MigrationListener> listeners = new ArrayList<>();

        private Builder() {
        }

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        public Builder url(String url, String user, String password) {
            this.dataSource = new UrlDataSource(url, user, password);
            return this;
        }

        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        public Builder locations(String... locations) {
            this.locations = List.of(locations);
            return this;
        }

        public Builder locations(List<String> locations) {
            this.locations = List.copyOf(locations);
            return this;
        }

        public Builder versionTable(String versionTable) {
            this.versionTable = versionTable;
            return this;
        }

        public Builder historyTable(String historyTable) {
            this.historyTable = historyTable;
            return this;
        }

        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        public Builder transactionPerMigration(boolean transactionPerMigration) {
            this.transactionPerMigration = transactionPerMigration;
            return this;
        }

        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
            return this;
        }

        public Builder validateChecksums(boolean validateChecksums) {
            this.validateChecksums = validateChecksums;
            return this;
        }

        public Builder listener(MigrationListener listener) {
            this.listeners.add(listener);
            return this;
        }

        public Builder settings(MigrateSettings settings) {
            this.locations = settings.locations();
            this.versionTable = settings.versionTable();
            this.historyTable = settings.historyTable();
            this.schema = settings.schema();
            this.transactionPerMigration = settings.transactionPerMigration();
            this.lockTimeout = settings.lockTimeout();
            this.validateChecksums = settings.validateChecksums();
            return this;
        }

        MigrateSettings settings() {
            return new MigrateSettings(locations, versionTable, historyTable, schema, transactionPerMigration,
                    lockTimeout, validateChecksums);
        }

        /** Reads and checks every script and builds the graph; throws {@link BadInputException} on bad input. */
        public Migrate load() {
            return new Migrate(this);
        }
    }
}
