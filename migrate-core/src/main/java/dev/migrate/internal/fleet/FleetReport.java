package dev.migrate.internal.fleet;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a fleet command: one {@link TenantResult} per tenant of the shard, in the
 * tenant set's order, and the summary a reader wants first.
 *
 * @param command         {@code upgrade}, {@code downgrade}, {@code current}, {@code status}, {@code check}
 * @param target          the command's target revision, or {@code null}
 * @param shard           the shard this run took
 * @param tenantsInSet    how many tenants the whole set held (before sharding)
 * @param tenants         one result per tenant of the shard
 * @param elapsed         the whole run
 * @param parallel        how many tenants ran at once (1 on H2, whose DDL locks the whole catalog)
 * @param peakConnections the most connections the run held at once
 * @param connectionLimit the bound it was held to ({@code 2 × parallel})
 */
public record FleetReport(
        String command,
        String target,
        Shard shard,
        int tenantsInSet,
        List<TenantResult> tenants,
        Duration elapsed,
        int parallel,
        int peakConnections,
        int connectionLimit) {

    public FleetReport {
        tenants = List.copyOf(tenants);
    }

    /** Exit code 0 only when every tenant succeeded (for {@code check}: is at the target). */
    public boolean allSucceeded() {
        return tenants.stream().noneMatch(TenantResult::unsuccessful);
    }

    public List<TenantResult> failures() {
        return tenants.stream().filter(TenantResult::failed).toList();
    }

    public long skipped() {
        return tenants.stream()
                .filter(t -> t.outcome() == TenantResult.Outcome.SKIPPED)
                .count();
    }

    /** How many tenants stand at each revision after the run ({@code base} for none), skipped and failed ones excluded. */
    public Map<String, Integer> tenantsPerRevision() {
        Map<String, Integer> counts = new TreeMap<>();
        for (TenantResult tenant : tenants) {
            if (tenant.outcome() == TenantResult.Outcome.SUCCEEDED
                    || tenant.outcome() == TenantResult.Outcome.PLANNED) {
                String heads = tenant.to().isEmpty() ? "base" : String.join(",", tenant.to());
                counts.merge(heads, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The {@code limit} tenants that took longest, longest first. */
    public List<TenantResult> slowest(int limit) {
        return tenants.stream()
                .filter(t -> t.outcome() != TenantResult.Outcome.SKIPPED)
                .sorted(Comparator.comparing(TenantResult::elapsed).reversed())
                .limit(limit)
                .toList();
    }
}
