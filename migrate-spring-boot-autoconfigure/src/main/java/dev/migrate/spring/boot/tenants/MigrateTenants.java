package dev.migrate.spring.boot.tenants;

import java.util.List;

/**
 * The application's tenants, when it knows them better than a property can (a registry table,
 * a configuration service): each a schema name (a database on MariaDB/MySQL) or a JDBC URL.
 * A bean of this type wins over {@code migrate.tenants.list}, {@code .query} and {@code .pattern}.
 */
@FunctionalInterface
public interface MigrateTenants {

    List<String> tenants();
}
