package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;
import org.springframework.util.Assert;

/**
 * Upgrades the database when the application context creates this bean, which every bean that
 * needs an initialized database (JPA, JdbcTemplate, {@code @DependsOnDatabaseInitialization}) waits for.
 */
public class MigrateInitializer implements InitializingBean, Ordered {

    private static final Log logger = LogFactory.getLog("dev.migrate");

    private final Migrate migrate;

    private final String target;

    private final MigrateStrategy strategy;

    private int order;

    /**
     * Creates an initializer that upgrades to {@code target}.
     * @param migrate the runner
     * @param target the revision to upgrade to, {@code heads} for all of them
     */
    public MigrateInitializer(Migrate migrate, String target) {
        this(migrate, target, null);
    }

    /**
     * Creates an initializer that hands the runner to a strategy, or upgrades to {@code target} without one.
     * @param migrate the runner
     * @param target the revision to upgrade to
     * @param strategy the strategy, or {@code null} to upgrade
     */
    public MigrateInitializer(Migrate migrate, String target, MigrateStrategy strategy) {
        Assert.notNull(migrate, "'migrate' must not be null");
        Assert.hasText(target, "'target' must not be empty");
        this.migrate = migrate;
        this.target = target;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        if (this.migrate.scripts().isEmpty()) {
            // An application that just added the starter: say so once, and how to write the first revision.
            logger.info("No revisions yet in "
                    + String.join(", ", this.migrate.settings().locations())
                    + ": the database is left as it is. Write the first one with: java -jar app.jar migrate "
                    + "revision --autogenerate -m \"initial\"");
        }
        if (this.strategy != null) {
            this.strategy.migrate(this.migrate, this.target);
        } else {
            this.migrate.upgrade(this.target);
        }
    }

    public Migrate getMigrate() {
        return this.migrate;
    }

    public String getTarget() {
        return this.target;
    }

    @Override
    public int getOrder() {
        return this.order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
