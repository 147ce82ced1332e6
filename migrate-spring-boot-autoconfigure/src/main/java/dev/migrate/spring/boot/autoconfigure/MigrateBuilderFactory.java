package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.util.StringUtils;

/**
 * Makes builders configured as the auto-configured runner is: its DataSource, class loader,
 * {@code migrate.*} properties and customizers, but no listener, so that command mode can add
 * the CLI's progress output to a runner of its own.
 */
final class MigrateBuilderFactory {

    private final MigrateProperties properties;

    private final Supplier<DataSource> dataSource;

    private final ClassLoader classLoader;

    private final List<MigrateConfigurationCustomizer> customizers;

    MigrateBuilderFactory(
            MigrateProperties properties,
            Supplier<DataSource> dataSource,
            ClassLoader classLoader,
            List<MigrateConfigurationCustomizer> customizers) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        this.customizers = customizers;
    }

    Migrate.Builder newBuilder() {
        Migrate.Builder builder = Migrate.configure()
                .dataSource(this.dataSource.get())
                .classLoader(this.classLoader)
                .settings(this.properties.toSettings())
                .tag(StringUtils.hasText(this.properties.getTag()) ? this.properties.getTag() : null);
        this.customizers.forEach((customizer) -> customizer.customize(builder));
        return builder;
    }
}
