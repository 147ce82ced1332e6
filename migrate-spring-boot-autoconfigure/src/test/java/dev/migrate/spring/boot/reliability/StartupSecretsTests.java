package dev.migrate.spring.boot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * An application whose database refuses the connection fails to start, and neither the
 * failure, the report Boot prints nor anything logged on the way shows the password.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupSecretsTests {

    private static final String SENTINEL = "Sentinel-pw-9d2a5f";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jdbc:mariadb://127.0.0.1:3306/test",
                "jdbc:mariadb://127.0.0.1:1/test",
                "jdbc:postgresql://127.0.0.1:1/test",
                "jdbc:postgresql://127.0.0.1:5432/no_such_db_9d2a",
                "jdbc:mariadb://127.0.0.1:3306/test?password=" + SENTINEL,
                "jdbc:postgresql://127.0.0.1:1/test?password=" + SENTINEL
            })
    void aRefusedConnectionNeverShowsThePassword(String url, CapturedOutput output) {
        SpringApplication application = new SpringApplication(RefusedApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        Throwable failure = catchThrowable(() -> application.run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (url.contains("mariadb") ? "root" : "postgres"),
                "--spring.datasource.password=" + SENTINEL,
                "--spring.datasource.hikari.initialization-fail-timeout=-1",
                "--spring.datasource.hikari.connection-timeout=1000",
                "--logging.level.dev.migrate=DEBUG",
                "--logging.level.com.zaxxer.hikari=DEBUG",
                "--logging.level.org.springframework.boot.diagnostics=DEBUG"));

        assertThat(failure).as("the application must not start").isNotNull();
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(SENTINEL);
        assertThat(output.getAll()).as("the startup failure report").contains("APPLICATION FAILED TO START");
        assertThat(output.getAll()).doesNotContain(SENTINEL);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class RefusedApplication {}
}
