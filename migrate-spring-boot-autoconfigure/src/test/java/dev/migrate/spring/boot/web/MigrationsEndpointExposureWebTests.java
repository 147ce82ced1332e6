package dev.migrate.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.library.Library;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The migrations endpoint is reachable over HTTP only when the user exposes it, and even then
 * it only reads: no request can upgrade, stamp or change anything through it.
 */
class MigrationsEndpointExposureWebTests {

    private static final String COMMON = "migrate.locations=" + Library.LOCATION;

    @Nested
    @SpringBootTest(
            classes = WebApplication.class,
            webEnvironment = WebEnvironment.RANDOM_PORT,
            properties = {COMMON, "spring.datasource.url=jdbc:h2:mem:exposure-default"})
    class WithBootsDefaultExposure {

        @LocalServerPort
        private int port;

        @Test
        void onlyHealthIsReachable() throws Exception {
            assertThat(send(this.port, "GET", "/actuator/migrations").statusCode())
                    .isEqualTo(404);
            assertThat(send(this.port, "GET", "/actuator/migrations/" + Library.HEAD)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(send(this.port, "GET", "/actuator/health").statusCode()).isEqualTo(200);
        }
    }

    @Nested
    @SpringBootTest(
            classes = WebApplication.class,
            webEnvironment = WebEnvironment.RANDOM_PORT,
            properties = {
                COMMON,
                "spring.datasource.url=jdbc:h2:mem:exposure-exposed",
                "management.endpoints.web.exposure.include=migrations"
            })
    class WhenExposed {

        @LocalServerPort
        private int port;

        @Test
        void answersReadsAndRefusesEveryWrite() throws Exception {
            assertThat(send(this.port, "GET", "/actuator/migrations").statusCode())
                    .isEqualTo(200);
            for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
                for (String path : new String[] {"/actuator/migrations", "/actuator/migrations/" + Library.HEAD}) {
                    assertThat(send(this.port, method, path).statusCode())
                            .as(method + " " + path)
                            .isEqualTo(405);
                }
            }
            String afterWrites = send(this.port, "GET", "/actuator/migrations").body();
            assertThat(afterWrites).contains("\"upToDate\":true");
        }
    }

    private static HttpResponse<String> send(int port, String method, String path)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{\"target\":\"base\"}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
