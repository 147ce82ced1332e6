package dev.migrate.spring.boot.drift;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

/**
 * An application's own {@code hibernate.integrator_provider}, given by class name: it counts the
 * EntityManagerFactories its integrator joined.
 */
public class RecordingIntegratorProvider implements IntegratorProvider {

    public static final AtomicInteger INTEGRATED = new AtomicInteger();

    @Override
    public List<Integrator> getIntegrators() {
        return List.of(new Integrator() {

            @Override
            public void integrate(
                    Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
                INTEGRATED.incrementAndGet();
            }
        });
    }
}
