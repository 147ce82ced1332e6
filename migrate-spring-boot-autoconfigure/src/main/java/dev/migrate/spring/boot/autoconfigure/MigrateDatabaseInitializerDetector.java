package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import java.util.Set;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.core.env.Environment;

/**
 * A {@link DatabaseInitializerDetector} for {@link Migrate} beans, so that a runner defined by
 * the application is waited for even without a {@link MigrateInitializer}. In command mode
 * nothing waits for it: the command reads the revisions itself and reports its own errors, which
 * would otherwise stop the start as a failed startup upgrade.
 */
class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    private final Environment environment;

    MigrateDatabaseInitializerDetector(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
        if (this.environment.getProperty(MigrateCommandMode.ACTIVE_PROPERTY, Boolean.class, false)) {
            return Set.of();
        }
        return super.detect(beanFactory);
    }

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(Migrate.class);
    }
}
