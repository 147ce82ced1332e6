package dev.migrate.spring.boot.tenants;

import dev.migrate.internal.fleet.FleetReport;
import dev.migrate.internal.fleet.TenantResult;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/migrations/tenants}: each tenant's heads as the database says now, the
 * revisions it still lacks, and what this process last did to it. Its id is
 * {@value #ID} (expose it under that name); {@link MigrateTenantsAutoConfiguration} maps it beside
 * {@code /actuator/migrations}.
 */
@Endpoint(id = MigrationTenantsEndpoint.ID)
public class MigrationTenantsEndpoint {

    public static final String ID = "migrationtenants";

    public static final String PATH = "migrations/tenants";

    private final TenantMigrator migrator;

    public MigrationTenantsEndpoint(TenantMigrator migrator) {
        this.migrator = migrator;
    }

    @ReadOperation
    public TenantsDescriptor tenants() {
        FleetReport status = this.migrator.status();
        Map<String, TenantResult> lastRuns = this.migrator.states();
        List<TenantDescriptor> tenants = status.tenants().stream()
                .map((tenant) -> {
                    TenantResult lastRun = lastRuns.get(tenant.tenant());
                    return new TenantDescriptor(
                            tenant.tenant(),
                            tenant.failed() ? "unreadable" : tenant.steps().isEmpty() ? "up-to-date" : "pending",
                            tenant.from(),
                            tenant.steps(),
                            tenant.error(),
                            (lastRun != null) ? lastRun.outcome().name().toLowerCase(java.util.Locale.ROOT) : null,
                            (lastRun != null) ? lastRun.error() : null);
                })
                .toList();
        return new TenantsDescriptor(status.tenantsPerRevision(), tenants);
    }

    /** All tenants: how many stand at each revision, and each one. */
    public record TenantsDescriptor(Map<String, Integer> tenantsPerRevision, List<TenantDescriptor> tenants)
            implements OperationResponseBody {}

    /**
     * One tenant.
     *
     * @param state        {@code up-to-date}, {@code pending} or {@code unreadable}
     * @param currentHeads its heads now
     * @param pending      the revisions an upgrade would run
     * @param error        why its state could not be read
     * @param lastRun      what this process last did: {@code succeeded}, {@code failed}, or {@code null}
     * @param lastError    why that run failed
     */
    public record TenantDescriptor(
            String tenant,
            String state,
            List<String> currentHeads,
            List<String> pending,
            String error,
            String lastRun,
            String lastError) {}
}
