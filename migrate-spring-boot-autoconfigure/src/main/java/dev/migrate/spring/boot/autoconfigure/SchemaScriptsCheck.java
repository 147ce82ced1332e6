package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.EmbeddedDatabaseConnection;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Refuses to start when Boot's {@code spring.sql.init} would run schema scripts ({@code schema.sql})
 * on the database migrate manages. Boot runs its scripts after migrate's upgrade, so they would
 * create or drop tables behind migrate's back, and migrate would go on reporting a schema it did not
 * make. Data scripts ({@code data.sql}) are left alone: loading rows after the upgrade is what they
 * are for. The scripts are found as Boot finds them ({@code spring.sql.init.schema-locations}, else
 * {@code schema-<platform>.sql} and {@code schema.sql}), and only when Boot would run them: its
 * initializer exists and {@code spring.sql.init.mode} is {@code always}, or {@code embedded} on an
 * embedded database.
 */
final class SchemaScriptsCheck {

    static final String SCHEMA_LOCATIONS = "spring.sql.init.schema-locations";

    private static final String OPTIONAL = "optional:";

    private final ListableBeanFactory beanFactory;

    private final ObjectProvider<SqlInitializationProperties> properties;

    private final ResourcePatternResolver resources;

    SchemaScriptsCheck(
            ListableBeanFactory beanFactory,
            ObjectProvider<SqlInitializationProperties> properties,
            ResourceLoader resourceLoader) {
        this.beanFactory = beanFactory;
        this.properties = properties;
        this.resources = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
    }

    /**
     * Throws when Boot would run schema scripts on {@code dataSource}, the application's database
     * that migrate upgrades.
     */
    void refuseSchemaScripts(DataSource dataSource) {
        SqlInitializationProperties settings = this.properties.getIfAvailable();
        if (settings == null
                || this.beanFactory.getBeanNamesForType(DataSourceScriptDatabaseInitializer.class, true, false).length
                        == 0
                || !runsOn(settings.getMode(), dataSource)) {
            return;
        }
        List<String> scripts = schemaScripts(settings);
        if (scripts.isEmpty()) {
            return;
        }
        throw new BadInputException(
                ErrorKind.SCHEMA_SCRIPTS_CONFLICT,
                "spring.sql.init would run " + String.join(", ", scripts)
                        + " after migrate upgraded the database: a schema script creates or drops tables behind migrate's "
                        + "back. Move what it creates into revisions (java -jar app.jar migrate revision --autogenerate -m "
                        + "\"initial\" writes them from the entities), then delete it, or set " + SCHEMA_LOCATIONS
                        + "= (empty) so that Boot runs no schema script. Data scripts (data.sql) still run, after migrate.");
    }

    private static boolean runsOn(DatabaseInitializationMode mode, DataSource dataSource) {
        return mode == DatabaseInitializationMode.ALWAYS
                || (mode == DatabaseInitializationMode.EMBEDDED && EmbeddedDatabaseConnection.isEmbedded(dataSource));
    }

    private List<String> schemaScripts(SqlInitializationProperties settings) {
        List<String> locations = settings.getSchemaLocations();
        if (locations == null) {
            locations = List.of(
                    OPTIONAL + "classpath*:schema-" + settings.getPlatform() + ".sql",
                    OPTIONAL + "classpath*:schema.sql");
        }
        List<String> scripts = new ArrayList<>();
        for (String location : locations) {
            String pattern = location.startsWith(OPTIONAL) ? location.substring(OPTIONAL.length()) : location;
            try {
                for (Resource resource : this.resources.getResources(pattern)) {
                    if (resource.isReadable()) {
                        scripts.add(resource.getURL().toString());
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(
                        "Could not look for the schema scripts of " + SCHEMA_LOCATIONS + " at " + location + ": "
                                + ex.getMessage(),
                        ex);
            }
        }
        return scripts;
    }
}
