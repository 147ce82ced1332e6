package dev.migrate.spring.boot.tenants.jpa;

import java.util.function.Supplier;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * The tenant of the current thread, as a web filter would set it from the request; Hibernate asks
 * it which tenant a new session belongs to.
 */
final class CurrentTenant implements CurrentTenantIdentifierResolver<String> {

    static final String NONE = "none";

    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();

    static <T> T as(String tenant, Supplier<T> work) {
        TENANT.set(tenant);
        try {
            return work.get();
        } finally {
            TENANT.remove();
        }
    }

    @Override
    public String resolveCurrentTenantIdentifier() {
        String tenant = TENANT.get();
        return tenant == null ? NONE : tenant;
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
