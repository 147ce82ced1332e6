package dev.migrate.bench.boot;

import java.lang.management.ManagementFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The small application of benchmark 5: a DataSource from {@code spring.datasource.*} and one
 * runner that reads a table. It is started three times, with migrate's starter, with Boot's
 * Flyway support, or with neither on its class path ({@code BootStartupBenchmark}), and prints
 * the JVM's uptime when the application is ready and how long {@code SpringApplication.run} took.
 * It references neither tool, so the same class serves all three.
 */
@SpringBootApplication
public class StartupApp {

    public static void main(String[] args) {
        long[] readyUptime = new long[1];
        SpringApplication application = new SpringApplication(StartupApp.class);
        application.addListeners((ApplicationListener<ApplicationReadyEvent>)
                event -> readyUptime[0] = ManagementFactory.getRuntimeMXBean().getUptime());
        long start = System.nanoTime();
        ConfigurableApplicationContext context = application.run(args);
        double runMillis = (System.nanoTime() - start) / 1_000_000.0;
        String tools = "migrate-beans=" + beansFrom(context, "dev.migrate.") + " flyway-beans="
                + beansFrom(context, "org.flywaydb.");
        context.close();
        System.out.println("ready-ms=" + readyUptime[0] + " run-ms=" + runMillis + " " + tools);
    }

    /** How many beans a tool contributed: the harness checks that the tool under test really ran. */
    private static int beansFrom(ConfigurableApplicationContext context, String packagePrefix) {
        int count = 0;
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type != null
                    && type.getName().startsWith(packagePrefix)
                    && !type.getName().startsWith("dev.migrate.bench.")) {
                count++;
            }
        }
        return count;
    }

    @Bean
    ApplicationRunner readsATable(JdbcTemplate jdbc) {
        return arguments -> jdbc.queryForObject("SELECT count(*) FROM t_00001", Long.class);
    }
}
