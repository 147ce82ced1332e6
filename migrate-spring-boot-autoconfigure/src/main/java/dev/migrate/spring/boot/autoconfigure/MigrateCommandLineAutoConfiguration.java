package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.cli.MigrateCli;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Command mode's command line: the CLI's own parsing, commands and output, run with the
 * application's runner. On when the CLI is on the class path (the starter brings it).
 */
@AutoConfiguration
@ConditionalOnClass(MigrateCli.class)
public final class MigrateCommandLineAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrateCommandLine migrateCommandLine() {
        return (runners, arguments, out, err) -> MigrateCli.execute(runners::withListener, arguments, out, err);
    }
}
