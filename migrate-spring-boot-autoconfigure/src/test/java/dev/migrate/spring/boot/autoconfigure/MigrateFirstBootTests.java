package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An application that has just added the starter has no revision and, its build having copied no
 * empty folder, no {@code db/migrations} on the class path (the tests' class path has none): it
 * starts with an empty history. A location the user configured that is missing is an error.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateFirstBootTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
            .withPropertyValues("spring.datasource.generate-unique-name=true");

    @Test
    void theMissingDefaultLocationIsAnEmptyHistoryThatTheStartupLogNamesOnce(CapturedOutput output) {
        assertThat(getClass().getClassLoader().getResource("db/migrations")).isNull();
        this.contextRunner.run((context) -> {
            assertThat(context).hasNotFailed();
            Migrate migrate = context.getBean(Migrate.class);
            assertThat(migrate.scripts()).isEmpty();
            assertThat(migrate.current()).isEmpty();
        });
        assertThat(output.getAll().split("No revisions yet in classpath:db/migrations", -1))
                .hasSize(2);
        assertThat(output).contains("java -jar app.jar migrate revision --autogenerate -m \"initial\"");
    }

    @Test
    void aConfiguredLocationThatIsMissingStopsTheStart() {
        this.contextRunner
                .withPropertyValues("migrate.locations=classpath:db/nowhere")
                .run((context) -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(BadInputException.class)
                        .hasMessageStartingWith("Location 'classpath:db/nowhere' does not exist"));
    }

    @Test
    void inCommandModeJpaDoesNotWaitForTheRunnerWhoseErrorsTheCommandReports() {
        // Command mode makes every bean lazy, as Boot's spring.main.lazy-initialization does.
        this.contextRunner
                .withConfiguration(AutoConfigurations.of(HibernateJpaAutoConfiguration.class))
                .withInitializer((context) ->
                        context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
                .withPropertyValues(
                        "migrate.locations=classpath:db/nowhere", MigrateCommandMode.ACTIVE_PROPERTY + "=true")
                .run((context) -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(EntityManagerFactory.class)).isNotNull();
                });
    }
}
