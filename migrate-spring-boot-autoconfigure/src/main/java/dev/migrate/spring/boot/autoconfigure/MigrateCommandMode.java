package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.Migrate;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Command mode: {@code java -jar app.jar migrate <command> [options]} starts the application
 * without a web server, without the startup upgrade and with every bean lazy, runs the command
 * with the application's own runner, then exits with the command's exit code before any
 * {@code CommandLineRunner} of the application runs. Boot's own {@code --name=value} arguments may
 * come before {@code migrate} as well as after the command: Boot binds them wherever they are, and
 * the command line leaves them out of the command's options.
 */
public class MigrateCommandMode implements SpringApplicationRunListener, Ordered {

    /** The first argument that selects command mode. */
    public static final String ARGUMENT = "migrate";

    /** Set while a command runs, so that the startup upgrade backs off. */
    public static final String ACTIVE_PROPERTY = "migrate.command-mode";

    private static final String PROPERTY_SOURCE = "migrateCommandMode";

    private final List<String> arguments;

    private PrintStream answer = System.out;

    public MigrateCommandMode(SpringApplication application, String[] args) {
        this.arguments = commandArguments(args);
    }

    /** What follows {@code migrate} when it is the first argument that is not a Boot option, else {@code null}. */
    private static List<String> commandArguments(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                return ARGUMENT.equals(args[i]) ? List.of(args).subList(i + 1, args.length) : null;
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        // Before Boot's own listener, which initializes logging from the environment.
        return -1;
    }

    @Override
    public void starting(ConfigurableBootstrapContext bootstrapContext) {
        if (this.arguments == null) {
            return;
        }
        // stdout carries the command's answer alone, for a script or a redirect to read: whatever
        // else the application prints (its logs, a library's notes) goes to stderr from now on.
        this.answer = System.out;
        System.setOut(System.err);
    }

    @Override
    public void environmentPrepared(
            ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
        if (this.arguments == null) {
            return;
        }
        // Spring creates the JPA EntityManagerFactory eagerly even when every bean is lazy
        // (it is LoadTimeWeaverAware); Hibernate must not validate or change a schema that the
        // command is about to upgrade, whichever way the application asks it to (ddl-auto, its
        // raw properties, generate-ddl), and neither must Boot's schema.sql.
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        PROPERTY_SOURCE,
                        Map.of(
                                ACTIVE_PROPERTY,
                                "true",
                                "spring.main.web-application-type",
                                "none",
                                "spring.main.lazy-initialization",
                                "true",
                                "spring.main.banner-mode",
                                "off",
                                "spring.main.log-startup-info",
                                "false",
                                "spring.jpa.hibernate.ddl-auto",
                                "none",
                                "spring.jpa.properties.hibernate.hbm2ddl.auto",
                                "none",
                                "spring.jpa.properties.jakarta.persistence.schema-generation.database.action",
                                "none",
                                "spring.jpa.generate-ddl",
                                "false",
                                "spring.sql.init.mode",
                                "never")));
        // The command's output is what a user reads or pipes: the application's own logging
        // configuration still wins, but the default is quiet.
        DefaultPropertiesPropertySource.addOrMerge(
                Map.of("logging.level.root", "warn"), environment.getPropertySources());
    }

    @Override
    public void started(ConfigurableApplicationContext context, Duration timeTaken) {
        if (this.arguments == null) {
            return;
        }
        int exitCode = run(context);
        this.answer.flush();
        System.err.flush();
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    private int run(ConfigurableApplicationContext context) {
        MigrateCommandLine.Runners runners = runners(context);
        if (runners == null) {
            System.err.println("FAILED: migrate has no runner in this application: it needs a DataSource (or "
                    + "migrate.url) and migrate.enabled not set to false.");
            return 2;
        }
        MigrateCommandLine commandLine =
                context.getBeanProvider(MigrateCommandLine.class).getIfAvailable();
        if (commandLine == null) {
            System.err.println("FAILED: migrate command mode needs migrate-cli on the application's classpath "
                    + "to run '" + commandName() + "'.");
            return 2;
        }
        return commandLine.execute(runners, this.arguments, this.answer, System.err);
    }

    private static MigrateCommandLine.Runners runners(ConfigurableApplicationContext context) {
        MigrateBuilderFactory builders =
                context.getBeanProvider(MigrateBuilderFactory.class).getIfAvailable();
        if (builders != null) {
            return (listener) -> builders.newBuilder().listener(listener).load();
        }
        Migrate own = context.getBeanProvider(Migrate.class).getIfUnique();
        return (own != null) ? (listener) -> own : null;
    }

    /** The command's name alone: the other arguments may hold Boot settings such as a datasource password. */
    private String commandName() {
        return this.arguments.stream()
                .filter((argument) -> !argument.startsWith("-"))
                .findFirst()
                .orElse("");
    }

    @Override
    public String toString() {
        return "MigrateCommandMode" + ((this.arguments != null) ? "[" + commandName() + "]" : "[off]");
    }
}
