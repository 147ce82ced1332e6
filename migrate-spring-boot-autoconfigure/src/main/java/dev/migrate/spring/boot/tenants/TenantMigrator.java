package dev.migrate.spring.boot.tenants;

import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.fleet.Fleet;
import dev.migrate.internal.fleet.FleetReport;
import dev.migrate.internal.fleet.TenantResult;
import dev.migrate.internal.fleet.TenantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Upgrades the application's tenants with the application's migrate configuration: all of them
 * ({@link #upgradeAll()}, at start-up with {@code migrate.tenants.on-startup=all}) or one at its
 * first use ({@link #ensureUpgraded(String)}, which a Hibernate {@code MultiTenantConnectionProvider}
 * calls before it hands out a tenant's connection). Each tenant is upgraded at most once per
 * process; concurrent callers for the same tenant wait for the one upgrade. Across processes the
 * per-tenant lock keeps a revision from running twice.
 */
public class TenantMigrator {

    private final Migrate migrate;
    private final Supplier<TenantSource> source;
    private final MigrateTenantsProperties properties;
    private final ClassLoader classLoader;
    private final ConcurrentMap<String, TenantResult> states = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> upgradeLocks = new ConcurrentHashMap<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public TenantMigrator(
            Migrate migrate,
            Supplier<TenantSource> source,
            MigrateTenantsProperties properties,
            ClassLoader classLoader) {
        this.migrate = migrate;
        this.classLoader = classLoader;
        this.source = source;
        this.properties = properties;
    }

    /** Upgrades every tenant to the heads; the report lists each one. */
    public FleetReport upgradeAll() {
        FleetReport report =
                fleet(this.source.get(), this.properties.getParallel()).upgrade("heads");
        remember(report.tenants());
        return report;
    }

    /**
     * Upgrades {@code tenant} (a schema name or JDBC URL) to the heads unless this process already
     * did; throws when its upgrade fails, so that the tenant's request fails instead of running on
     * an old schema.
     */
    public void ensureUpgraded(String tenant) {
        TenantResult known = this.states.get(tenant);
        if (known != null && known.outcome() == TenantResult.Outcome.SUCCEEDED) {
            return;
        }
        synchronized (this.upgradeLocks.computeIfAbsent(tenant, (key) -> new Object())) {
            known = this.states.get(tenant);
            if (known != null && known.outcome() == TenantResult.Outcome.SUCCEEDED) {
                return;
            }
            TenantResult result = fleet(TenantSource.list(List.of(tenant)), 1)
                    .upgrade("heads")
                    .tenants()
                    .get(0);
            this.states.put(tenant, result);
            this.changeListeners.forEach(Runnable::run);
            if (result.failed()) {
                throw new MigrateException(
                        ErrorKind.TENANTS_FAILED,
                        "Tenant " + result.tenant() + " could not be upgraded: " + result.error());
            }
        }
    }

    /** Reads every tenant's heads now (the endpoint's view), without changing anything. */
    public FleetReport status() {
        return fleet(this.source.get(), this.properties.getParallel()).status();
    }

    /** What this process last did to each tenant, by tenant id. */
    public Map<String, TenantResult> states() {
        return new TreeMap<>(this.states);
    }

    /** How many tenants this process knows at each revision ({@code base} for none). */
    public Map<String, Integer> tenantsPerRevision() {
        Map<String, Integer> counts = new TreeMap<>();
        for (TenantResult result : this.states.values()) {
            if (!result.unsuccessful()) {
                counts.merge(result.to().isEmpty() ? "base" : String.join(",", result.to()), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Runs {@code listener} after each upgrade this migrator does (the gauges register new revisions). */
    public void onChange(Runnable listener) {
        this.changeListeners.add(listener);
    }

    private void remember(Collection<TenantResult> results) {
        results.forEach((result) -> this.states.put(result.tenant(), result));
        this.changeListeners.forEach(Runnable::run);
    }

    private Fleet fleet(TenantSource tenants, int parallel) {
        return Fleet.configure()
                .dataSource(this.migrate.dataSource())
                .settings(this.migrate.settings())
                .classLoader(this.classLoader)
                .tenants(tenants)
                .parallel(parallel)
                .continueOnError(this.properties.isContinueOnError())
                .tag(this.migrate.tag())
                .load();
    }
}
