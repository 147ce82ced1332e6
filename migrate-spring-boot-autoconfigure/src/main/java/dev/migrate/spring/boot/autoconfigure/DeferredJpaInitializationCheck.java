package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Refuses to start when {@code spring.jpa.defer-datasource-initialization} is true while migrate
 * upgrades at startup: that property makes the database initializers wait for JPA, so Hibernate
 * would start on a schema whose revisions have not run yet.
 */
class DeferredJpaInitializationCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PROPERTY = "spring.jpa.defer-datasource-initialization";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        boolean deferred = this.environment.getProperty(PROPERTY, boolean.class, false);
        if (deferred && beanFactory.getBeanNamesForType(MigrateInitializer.class, true, false).length > 0) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    PROPERTY + "=true makes JPA start before migrate upgrades the database, "
                            + "so Hibernate would see the schema before its revisions have run. migrate already upgrades "
                            + "before JPA starts: remove " + PROPERTY + " (it exists to run data.sql after Hibernate's "
                            + "ddl-auto), or set migrate.enabled=false if Hibernate, not migrate, should manage the schema.");
        }
    }
}
