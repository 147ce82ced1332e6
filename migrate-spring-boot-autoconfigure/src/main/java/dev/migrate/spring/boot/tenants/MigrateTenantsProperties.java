package dev.migrate.spring.boot.tenants;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code migrate.tenants.*}: the tenant schemas (or databases) migrate upgrades besides the
 * application's own, and when.
 */
@ConfigurationProperties("migrate.tenants")
public class MigrateTenantsProperties {

    /** When tenants are upgraded: at start-up, never, or at first use (TenantMigrator.ensureUpgraded). */
    public enum OnStartup {
        ALL,
        NONE,
        LAZY
    }

    /** Tenant schemas (databases on MariaDB/MySQL) or JDBC URLs. */
    private List<String> list = new ArrayList<>();

    /** Query on migrate's database whose first column names each tenant's schema or JDBC URL. */
    private String query;

    /** SQL LIKE pattern of the tenant schemas (databases on MariaDB/MySQL), e.g. tenant_%. */
    private String pattern;

    /** How many tenants are upgraded at once; at most twice as many connections are open. */
    private int parallel = 1;

    /** Whether the other tenants are still upgraded after one failed. */
    private boolean continueOnError;

    /** When tenants are upgraded: all at start-up, none, or lazy (each at first use). */
    private OnStartup onStartup = OnStartup.ALL;

    public List<String> getList() {
        return this.list;
    }

    public void setList(List<String> list) {
        this.list = list;
    }

    public String getQuery() {
        return this.query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getPattern() {
        return this.pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public int getParallel() {
        return this.parallel;
    }

    public void setParallel(int parallel) {
        this.parallel = parallel;
    }

    public boolean isContinueOnError() {
        return this.continueOnError;
    }

    public void setContinueOnError(boolean continueOnError) {
        this.continueOnError = continueOnError;
    }

    public OnStartup getOnStartup() {
        return this.onStartup;
    }

    public void setOnStartup(OnStartup onStartup) {
        this.onStartup = onStartup;
    }
}
