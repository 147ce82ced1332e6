package dev.migrate.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.migrate.spring.boot.library.Library;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator surface of a booted application, read over HTTP as a user's tools would.
 */
@SpringBootTest(
        classes = WebApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "migrate.locations=" + Library.LOCATION,
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.datasource.url=jdbc:h2:mem:endpoint-web-tests",
            "spring.datasource.username=sa",
            "spring.datasource.password=t0p-s3cret-pw",
            "management.endpoints.web.exposure.include=migrations,health",
            "management.endpoint.health.show-details=always"
        })
// The (Object) casts pick assertThat(Object) for JsonPath's inferred reads; its List.class reads are raw.
@SuppressWarnings({"cast", "unchecked"})
class MigrationsEndpointWebTests {

    private static final String RUNNER = "$.contexts.*.runners.migrate";

    @LocalServerPort
    private int port;

    @Autowired
    private MeterRegistry meters;

    @Test
    void listsEveryRevisionWithItsStateAndHistory() throws Exception {
        HttpResponse<String> response = get("/actuator/migrations");
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(response.body());
        assertThat((Object) only(json.read(RUNNER + ".currentHeads"))).isEqualTo(List.of(Library.HEAD));
        assertThat((Object) only(json.read(RUNNER + ".scriptHeads"))).isEqualTo(List.of(Library.HEAD));
        assertThat((Object) only(json.read(RUNNER + ".upToDate"))).isEqualTo(true);
        List<Map<String, Object>> revisions = only(json.read(RUNNER + ".revisions"));
        assertThat(revisions)
                .extracting((revision) -> revision.get("revision"))
                .containsExactlyElementsOf(Library.REVISIONS);
        Map<String, Object> head = revisions.get(1);
        assertThat(head)
                .containsEntry("state", "APPLIED")
                .containsEntry("downRevisions", List.of(Library.BASE))
                .containsEntry("message", "add author to book")
                .containsEntry("checksumMatches", true)
                .doesNotContainKey("sql");
        assertThat((String) head.get("script")).endsWith("2b3c4d5e6f7a_add_author.sql");
        assertThat(head.get("appliedAt")).isNotNull();
        assertThat(head.get("appliedBy")).isNotNull();
        assertThat(head.get("checksum")).isNotNull().isEqualTo(head.get("appliedChecksum"));
    }

    @Test
    void neverShowsACredential() throws Exception {
        String body = get("/actuator/migrations").body()
                + get("/actuator/migrations/" + Library.HEAD).body()
                + get("/actuator/health").body();
        assertThat(body).doesNotContain("t0p-s3cret-pw").doesNotContain("jdbc:");
    }

    @Test
    void oneRevisionShowsTheSqlOfItsUpgrade() throws Exception {
        HttpResponse<String> response = get("/actuator/migrations/" + Library.HEAD);
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(response.body());
        assertThat((Object) only(json.read(RUNNER + ".revision"))).isEqualTo(Library.HEAD);
        assertThat((String) only(json.read(RUNNER + ".sql")))
                .isEqualTo("ALTER TABLE book ADD COLUMN author VARCHAR(100);\n");
    }

    @Test
    void aUniquePrefixFindsTheRevision() throws Exception {
        DocumentContext json = JsonPath.parse(get("/actuator/migrations/1a2b").body());
        assertThat((Object) only(json.read(RUNNER + ".revision"))).isEqualTo(Library.BASE);
    }

    @Test
    void anUnknownRevisionIsNotFound() throws Exception {
        assertThat(get("/actuator/migrations/ffffffffffff").statusCode()).isEqualTo(404);
    }

    @Test
    void healthSaysUpToDate() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        DocumentContext json = JsonPath.parse(response.body());
        assertThat(json.read("$.components.migrate.status", String.class)).isEqualTo("UP");
        assertThat(json.read("$.components.migrate.details.upToDate", Boolean.class))
                .isTrue();
        assertThat(json.read("$.components.migrate.details.currentHeads", List.class))
                .containsExactly(Library.HEAD);
        assertThat(json.read("$.components.migrate.details.pending", List.class))
                .isEmpty();
    }

    @Test
    void metricsArePresentAfterBoot() {
        assertThat(this.meters
                        .get("migrate.revisions.applied")
                        .tag("runner", "migrate")
                        .gauge()
                        .value())
                .isEqualTo(2);
        assertThat(this.meters
                        .get("migrate.revisions.pending")
                        .tag("runner", "migrate")
                        .gauge()
                        .value())
                .isZero();
        assertThat(this.meters
                        .get("migrate.run")
                        .tag("direction", "upgrade")
                        .tag("outcome", "success")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(this.meters
                        .get("migrate.revision")
                        .tag("direction", "upgrade")
                        .tag("outcome", "success")
                        .timer()
                        .count())
                .isEqualTo(2);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The runner sits under the context's id, which the test does not fix: read the single match. */
    @SuppressWarnings("unchecked")
    private static <T> T only(Object matches) {
        List<Object> list = (List<Object>) matches;
        assertThat(list).hasSize(1);
        return (T) list.get(0);
    }
}
