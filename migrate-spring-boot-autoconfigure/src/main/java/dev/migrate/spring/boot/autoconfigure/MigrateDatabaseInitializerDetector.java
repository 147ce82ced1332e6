package dev.migrate.spring.boot.autoconfigure;

import java.util.Set;

import dev.migrate.Migrate;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link Migrate} beans, so that a runner defined by
 * the application is waited for even without a {@link MigrateInitializer}.
 */
class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(Migrate.class);
    }

}
