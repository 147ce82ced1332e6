package dev.migrate.spring.boot.tenants.jpa;

import dev.migrate.spring.boot.tenants.TenantMigrator;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hibernate's connections for schema-per-tenant, written as the README shows: each tenant is
 * upgraded at its first connection, then its connections select its schema (its database on
 * MariaDB/MySQL, whose drivers ignore {@code setSchema}). The pool puts the default back when a
 * connection returns.
 */
class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final DataSource dataSource;

    private final TenantMigrator tenantMigrator;

    private final boolean catalogs;

    SchemaPerTenantConnectionProvider(DataSource dataSource, TenantMigrator tenantMigrator, boolean catalogs) {
        this.dataSource = dataSource;
        this.tenantMigrator = tenantMigrator;
        this.catalogs = catalogs;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return this.dataSource.getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenant) throws SQLException {
        this.tenantMigrator.ensureUpgraded(tenant);
        Connection connection = this.dataSource.getConnection();
        if (this.catalogs) {
            connection.setCatalog(tenant);
        } else {
            connection.setSchema(tenant);
        }
        return connection;
    }

    @Override
    public void releaseConnection(String tenant, Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException("Cannot unwrap to " + type);
    }
}
