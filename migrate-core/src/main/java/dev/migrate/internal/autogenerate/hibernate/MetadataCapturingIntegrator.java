package dev.migrate.internal.autogenerate.hibernate;

import java.util.List;
import java.util.Optional;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

/**
 * Keeps the boot {@link Metadata} of a running {@code EntityManagerFactory}, so autogenerate
 * compares against exactly the mapping the application uses (its naming strategies, its
 * dialect, its converters). Register it through {@code hibernate.integrator_provider}
 * ({@link #provider()}); read it with {@link HibernateModel#read(Metadata)}.
 */
public final class MetadataCapturingIntegrator implements Integrator {

    private volatile Metadata metadata;

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        this.metadata = metadata;
    }

    /** The metadata, once the entity manager factory has been built. */
    public Optional<Metadata> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** The value for the {@code hibernate.integrator_provider} property. */
    public IntegratorProvider provider() {
        return () -> List.of(this);
    }
}
