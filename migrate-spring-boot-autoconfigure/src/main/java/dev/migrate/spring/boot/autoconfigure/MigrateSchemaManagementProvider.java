package dev.migrate.spring.boot.autoconfigure;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Hibernate's default {@code ddl-auto} that migrate manages a DataSource, so that an
 * embedded database gets {@code none} instead of a {@code create-drop} that would fight the revisions.
 */
class MigrateSchemaManagementProvider implements SchemaManagementProvider {

    private final Supplier<DataSource> managedDataSource;

    MigrateSchemaManagementProvider(Supplier<DataSource> managedDataSource) {
        this.managedDataSource = managedDataSource;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return dataSource.equals(this.managedDataSource.get()) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
