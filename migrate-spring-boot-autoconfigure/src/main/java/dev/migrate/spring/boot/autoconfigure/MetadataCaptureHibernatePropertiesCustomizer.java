package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.internal.autogenerate.hibernate.MetadataCapturingIntegrator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Registers a {@link MetadataCapturingIntegrator} with the auto-configured EntityManagerFactory
 * through {@code hibernate.integrator_provider}, keeping any provider the application already set
 * there (an instance, a class or a class name): Hibernate reads a single provider.
 */
class MetadataCaptureHibernatePropertiesCustomizer implements HibernatePropertiesCustomizer, Ordered {

    private final MetadataCapturingIntegrator integrator;

    MetadataCaptureHibernatePropertiesCustomizer(MetadataCapturingIntegrator integrator) {
        this.integrator = integrator;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        IntegratorProvider existing = provider(hibernateProperties.get(JpaSettings.INTEGRATOR_PROVIDER));
        hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> {
            List<Integrator> integrators = new ArrayList<>();
            if (existing != null) {
                integrators.addAll(existing.getIntegrators());
            }
            integrators.add(this.integrator);
            return integrators;
        });
    }

    @Override
    public int getOrder() {
        // Last, so that a provider set by the application's own customizers is kept too.
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static IntegratorProvider provider(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof IntegratorProvider provider) {
            return provider;
        }
        Class<?> type = (value instanceof Class<?> given)
                ? given
                : ClassUtils.resolveClassName(value.toString().trim(), ClassUtils.getDefaultClassLoader());
        if (!IntegratorProvider.class.isAssignableFrom(type)) {
            throw new IllegalStateException(JpaSettings.INTEGRATOR_PROVIDER + " names " + type.getName()
                    + ", which is not an " + IntegratorProvider.class.getName());
        }
        return (IntegratorProvider) BeanUtils.instantiateClass(type);
    }
}
