package dev.migrate.spring.boot.command;

import dev.migrate.Migrate;
import dev.migrate.MigrationListener;
import dev.migrate.spring.boot.autoconfigure.MigrateCommandLine;
import dev.migrate.spring.boot.library.Book;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

/**
 * A web application as a user would write it, started in its own process by the command-mode
 * tests. Its {@link MigrateCommandLine} echoes what it was given, so that the tests see what
 * command mode hands over; the CLI's real commands are run on the fixture application by
 * {@code dev.migrate.spring.boot.process.CommandModeProcessTests}.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = Book.class)
public class CommandModeApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandModeApplication.class, args);
    }

    @Bean
    CommandLineRunner applicationWork() {
        return (args) -> System.out.println("the application's own runner ran");
    }

    @Bean
    EagerService eagerService() {
        return new EagerService();
    }

    @Bean
    MigrateCommandLine echoCommandLine() {
        return (runners, arguments, out, err) -> {
            Migrate migrate = runners.withListener(new MigrationListener() {});
            out.println("command " + arguments + " on version table "
                    + migrate.settings().versionTable());
            return arguments.contains("fail") ? 1 : 0;
        };
    }

    /** Announces its creation: command mode must not create beans the command does not use. */
    static class EagerService {

        EagerService() {
            System.out.println("eager service created");
        }
    }
}
