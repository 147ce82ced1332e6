package dev.migrate.spring.boot.tenants;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gauges {@code migrate.tenants} tagged {@code revision}: how many tenants this process knows at
 * each revision. A gauge is registered the first time a revision is seen and reads the migrator's
 * state whenever it is scraped.
 */
public class TenantRevisionGauges {

    static final String NAME = "migrate.tenants";

    private final TenantMigrator migrator;
    private final MeterRegistry registry;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    public TenantRevisionGauges(TenantMigrator migrator, MeterRegistry registry) {
        this.migrator = migrator;
        this.registry = registry;
    }

    /** Registers a gauge for each revision the migrator knows tenants at. */
    public void refresh() {
        for (String revision : this.migrator.tenantsPerRevision().keySet()) {
            if (this.registered.add(revision)) {
                Gauge.builder(NAME, this.migrator, (m) -> m.tenantsPerRevision().getOrDefault(revision, 0))
                        .tag("revision", revision)
                        .description("Tenants at the revision")
                        .register(this.registry);
            }
        }
    }
}
