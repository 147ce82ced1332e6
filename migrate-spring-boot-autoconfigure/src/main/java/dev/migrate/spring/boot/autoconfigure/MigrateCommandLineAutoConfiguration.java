package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.cli.ApplicationTenants;
import dev.migrate.cli.MigrateCli;
import dev.migrate.cli.TargetModelSource;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Command mode's command line: the CLI's own parsing, commands and output, run with the
 * application's runner; {@code check} and {@code revision --autogenerate} compare with the
 * application's own JPA mapping, and {@code revision} writes Java revisions into
 * {@code migrate.source-directory}, and {@code fleet} runs on the application's tenants
 * ({@code migrate.tenants.*} or a {@code MigrateTenants} bean). The application's own
 * {@code --name=value} arguments, which Boot has bound already, are left out of the command's options. On when the CLI is on the class path (the starter brings it).
 */
@AutoConfiguration
@ConditionalOnClass(MigrateCli.class)
public final class MigrateCommandLineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrateCommandLine migrateCommandLine(
            ObjectProvider<ApplicationEntityModel> entityModel,
            ObjectProvider<MigrateProperties> properties,
            ObjectProvider<ApplicationTenants> tenants) {
        return (runners, arguments, out, err) -> {
            ApplicationEntityModel model = entityModel.getIfAvailable();
            TargetModelSource target = (model != null) ? (packages, dialect) -> model.read("Autogenerate") : null;
            MigrateProperties settings = properties.getIfAvailable(MigrateProperties::new);
            return MigrateCli.execute(
                    runners::withListener,
                    target,
                    CommandModeRevisionFiles.of(settings, Path.of("").toAbsolutePath()),
                    tenants.getIfAvailable(),
                    MigrateCli.withoutApplicationArguments(arguments),
                    out,
                    err);
        };
    }
}
