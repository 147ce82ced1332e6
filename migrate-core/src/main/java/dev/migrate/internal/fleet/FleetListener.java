package dev.migrate.internal.fleet;

/** Hears of each tenant as it finishes, for progress lines; called from the fleet's worker threads. */
public interface FleetListener {

    /**
     * @param result   the tenant just finished
     * @param finished how many of the shard's tenants are finished (skipped ones included)
     * @param total    how many tenants the shard holds
     * @param failed   how many failed so far
     */
    void tenantFinished(TenantResult result, int finished, int total, int failed);

    FleetListener NONE = (result, finished, total, failed) -> {};
}
