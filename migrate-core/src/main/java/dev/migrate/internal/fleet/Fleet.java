package dev.migrate.internal.fleet;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.runtime.UrlDataSource;
import dev.migrate.internal.runtime.UrlMasker;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Runs one command on every tenant of a set (or of its shard), {@code parallel} tenants at a time,
 * each through its own {@link Migrate} with its own version table and history in its schema.
 *
 * <pre>{@code
 * FleetReport report = Fleet.configure().dataSource(dataSource).settings(settings)
 *         .tenants(TenantSource.pattern("tenant_%")).parallel(4).load()
 *         .upgrade("heads");
 * }</pre>
 *
 * <p>Failure semantics: by default the first failure stops the run; tenants already started
 * finish, the others are reported {@code SKIPPED}. With {@code continueOnError} every tenant runs.
 * A canary runs its tenants first and stops the run if any of them fails. Running the same command
 * again resumes: finished tenants have nothing to do.
 */
public final class Fleet {

    private final Builder config;

    private Fleet(Builder config) {
        this.config = config;
    }

    public static Builder configure() {
        return new Builder();
    }

    /** The tenants of the set, all shards. */
    public List<Tenant> tenantSet() {
        return config.tenants.tenants(config.database);
    }

    /** The tenants this run takes: the set's, filtered to the shard, in the set's order. */
    public List<Tenant> shardTenants() {
        return tenantSet().stream().filter(config.shard::contains).toList();
    }

    public FleetReport upgrade(String target) {
        return run(FleetCommand.UPGRADE, target);
    }

    public FleetReport downgrade(String target) {
        return run(FleetCommand.DOWNGRADE, target);
    }

    public FleetReport current() {
        return run(FleetCommand.CURRENT, null);
    }

    /** Each tenant's heads and the revisions an upgrade to the heads would run. */
    public FleetReport status() {
        return run(FleetCommand.STATUS, null);
    }

    /** Fails each tenant that is not at the heads (revisions not yet applied). */
    public FleetReport check() {
        return run(FleetCommand.CHECK, null);
    }

    public FleetReport run(FleetCommand command, String target) {
        if (command.changesDatabase() && (target == null || target.isBlank())) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "fleet " + command.label() + " needs a target revision, e.g. "
                            + (command == FleetCommand.UPGRADE ? "heads" : "-1 or base"));
        }
        long started = System.nanoTime();
        List<Tenant> all = tenantSet();
        List<Tenant> tenants = all.stream().filter(config.shard::contains).toList();
        int parallel = parallelFor(config.database, tenants);
        FleetConnections connections = new FleetConnections(config.database, parallel);
        TenantRun tenantRun =
                new TenantRun(tenant -> engine(tenant, connections), command, target, config.tag, config.dryRun);
        TenantResult[] results = new TenantResult[tenants.size()];
        Progress progress = new Progress(tenants.size(), config.listener);
        ExecutorService workers =
                Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, tenants.size())), runnable -> {
                    Thread thread = new Thread(runnable, "migrate-fleet");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            AtomicBoolean stop = new AtomicBoolean();
            int canary = command.changesDatabase() ? Math.min(config.canary, tenants.size()) : 0;
            // the canary's failure stops the run whatever continueOnError says: that is what it is for
            runBatch(
                    workers,
                    tenantRun,
                    tenants,
                    0,
                    canary,
                    results,
                    stop,
                    !command.changesDatabase() || config.continueOnError,
                    progress);
            boolean canaryFailed = false;
            for (int i = 0; i < canary; i++) {
                canaryFailed |= results[i].failed();
            }
            if (canaryFailed) {
                stop.set(true);
            }
            runBatch(
                    workers,
                    tenantRun,
                    tenants,
                    canary,
                    tenants.size(),
                    results,
                    stop,
                    !canaryFailed && (!command.changesDatabase() || config.continueOnError),
                    progress);
        } finally {
            workers.shutdownNow();
            connections.close();
        }
        return new FleetReport(
                command.label(),
                target,
                config.shard,
                all.size(),
                List.of(results),
                Duration.ofNanos(System.nanoTime() - started),
                parallel,
                connections.peak(),
                connections.limit());
    }

    /**
     * The parallelism asked for, except on H2: its DDL takes an exclusive lock on the whole database's
     * catalog ("SYS"), which an open transaction of another tenant's run holds up, so tenants run
     * one at a time there (in parallel they would time out, not go faster).
     */
    private int parallelFor(DataSource database, List<Tenant> tenants) {
        if (config.parallel == 1 || database == null || tenants.stream().anyMatch(Tenant::isUrl)) {
            return config.parallel;
        }
        try (Connection connection = database.getConnection()) {
            return Dialect.of(connection).ddlLocksWholeCatalog() ? 1 : config.parallel;
        } catch (SQLException e) {
            throw new MigrateException(
                    ErrorKind.CONNECTION_FAILED,
                    "Could not connect to the fleet's database: " + UrlMasker.mask(e.getMessage()),
                    e);
        }
    }

    private void runBatch(
            ExecutorService workers,
            TenantRun tenantRun,
            List<Tenant> tenants,
            int from,
            int to,
            TenantResult[] results,
            AtomicBoolean stop,
            boolean continueOnError,
            Progress progress) {
        List<Future<?>> running = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int index = i;
            Tenant tenant = tenants.get(i);
            running.add(workers.submit(() -> {
                TenantResult result =
                        stop.get() && !continueOnError ? TenantResult.skipped(tenant.id()) : tenantRun.run(tenant);
                if (result.failed()) {
                    stop.set(true);
                }
                results[index] = result;
                progress.finished(result);
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the fleet run was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a fleet worker failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private Migrate engine(Tenant tenant, FleetConnections connections) {
        Migrate.Builder builder = Migrate.configure().settings(config.settings).classLoader(config.classLoader);
        if (config.tag != null) {
            builder.tag(config.tag);
        }
        if (tenant.isUrl()) {
            builder.dataSource(connections.tenant(new UrlDataSource(tenant.url(), config.user, config.password), null));
        } else {
            if (config.database == null) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        "Tenant " + tenant.id() + " is a schema, but no database is configured:"
                                + " give a URL (url / MIGRATE_URL / --url), or list the tenants as JDBC URLs");
            }
            // the version table, its history and the lock key all live in the tenant's schema
            builder.schema(tenant.schema());
            builder.dataSource(connections.tenant(config.database, tenant.schema()));
        }
        return builder.load();
    }

    /** Counts finished tenants for the listener; the workers call it concurrently. */
    private static final class Progress {
        private final int total;
        private final FleetListener listener;
        private final AtomicInteger finished = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();

        Progress(int total, FleetListener listener) {
            this.total = total;
            this.listener = listener;
        }

        void finished(TenantResult result) {
            int failures = result.failed() ? failed.incrementAndGet() : failed.get();
            listener.tenantFinished(result, finished.incrementAndGet(), total, failures);
        }
    }

    /** Collects the fleet's settings; {@link #load()} checks them. */
    public static final class Builder {

        private DataSource database;
        private String user;
        private String password;
        private MigrateSettings settings = MigrateSettings.defaults();
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private TenantSource tenants;
        private int parallel = 1;
        private Shard shard = Shard.ALL;
        private boolean continueOnError;
        private int canary;
        private boolean dryRun;
        private String tag;
        private FleetListener listener = FleetListener.NONE;

        private Builder() {}

        /** The database holding the tenant schemas (and the tenants query); its connections select each tenant's schema. */
        public Builder dataSource(DataSource database) {
            this.database = database;
            return this;
        }

        /** The database by URL; {@code user} and {@code password} also log in to tenants given as URLs. */
        public Builder url(String url, String user, String password) {
            this.database = url == null ? null : new UrlDataSource(url, user, password);
            this.user = user;
            this.password = password;
            return this;
        }

        /** The settings every tenant's engine uses; {@code schema} is replaced by each tenant's own. */
        public Builder settings(MigrateSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        public Builder tenants(TenantSource tenants) {
            this.tenants = tenants;
            return this;
        }

        /** How many tenants run at once; the fleet opens at most {@code 2 × parallel} connections. */
        public Builder parallel(int parallel) {
            this.parallel = parallel;
            return this;
        }

        public Builder shard(Shard shard) {
            this.shard = shard;
            return this;
        }

        /** Whether every tenant runs even after one failed (default: the first failure stops the run). */
        public Builder continueOnError(boolean continueOnError) {
            this.continueOnError = continueOnError;
            return this;
        }

        /** How many tenants run first; if any of them fails, the rest are skipped. */
        public Builder canary(int canary) {
            this.canary = canary;
            return this;
        }

        /** Whether upgrade and downgrade only report what each tenant would run. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        public Builder listener(FleetListener listener) {
            this.listener = listener;
            return this;
        }

        public Fleet load() {
            if (tenants == null) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE,
                        "No tenants are given: name a tenants file (--tenants-file), a query"
                                + " (--tenants-query) or a schema pattern (--tenants-pattern)");
            }
            if (parallel < 1) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE, "--parallel " + parallel + " is not a number of tenants: give 1 or more");
            }
            if (canary < 0) {
                throw new BadInputException(
                        ErrorKind.BAD_USAGE, "--canary " + canary + " is not a number of tenants: give 0 or more");
            }
            return new Fleet(this);
        }
    }
}
