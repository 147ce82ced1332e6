package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.migrate.Migrate;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.CheckResult;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.autogenerate.hibernate.HibernateModel;
import dev.migrate.internal.autogenerate.hibernate.MetadataCapturingIntegrator;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boots the sample as a user would, on H2, PostgreSQL and MariaDB: the starter upgrades the
 * empty database before JPA validates it, the REST endpoints work, the actuator reports every
 * revision as applied, and autogenerate's {@code check} finds no difference between the
 * database and the mapping the running application uses.
 */
class SampleApplicationTest {

    private static final List<String> REVISIONS = List.of("5a1e0c7b2d41", "8c3f9e1a6b27");

    private final HttpClient http = HttpClient.newHttpClient();

    /** Keeps the application's own Hibernate mapping, for {@code check} to compare the database with. */
    @Configuration(proxyBeanMethods = false)
    static class CaptureMapping {

        @Bean
        MetadataCapturingIntegrator metadataCapturingIntegrator() {
            return new MetadataCapturingIntegrator();
        }

        @Bean
        HibernatePropertiesCustomizer captureMetadata(MetadataCapturingIntegrator integrator) {
            return properties -> properties.put("hibernate.integrator_provider", integrator.provider());
        }
    }

    @SuppressWarnings("unchecked") // JsonPath reads a JSON array as an untyped List
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void bootsUpgradedServesAndReportsItsMigrations(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind);
                ConfigurableApplicationContext app = new SpringApplicationBuilder(
                                SampleApplication.class, CaptureMapping.class)
                        .run(arguments(kind, db))) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");

            assertThat(app.getEnvironment().getProperty("spring.datasource.url"))
                    .as("the scratch database")
                    .isEqualTo(db.url());
            Migrate migrate = app.getBean(Migrate.class);
            assertThat(migrate.current()).containsExactly("8c3f9e1a6b27");
            SchemaModel mapping = HibernateModel.read(
                    app.getBean(MetadataCapturingIntegrator.class).metadata().orElseThrow());
            assertThat(mapping.tables())
                    .extracting(Table::name)
                    .containsExactlyInAnyOrder("users", "post", "tag", "post_tag", "comment");
            CheckResult check = Autogenerate.check(migrate, mapping, CompareOptions.defaults());
            assertThat(check.differences())
                    .as("check: the revisions build exactly the schema the entities map")
                    .isEmpty();

            HttpResponse<String> user =
                    post(base + "/users", "{\"email\":\"ada@example.com\",\"displayName\":\"Ada\"}");
            assertThat(user.statusCode()).isEqualTo(201);
            Number authorId = JsonPath.read(user.body(), "$.id");
            HttpResponse<String> post = post(
                    base + "/posts",
                    "{\"authorId\":" + authorId
                            + ",\"title\":\"Hello\",\"body\":\"First post\",\"tags\":[\"java\",\"intro\"]}");
            assertThat(post.statusCode()).isEqualTo(201);
            DocumentContext posts = JsonPath.parse(get(base + "/posts").body());
            assertThat(posts.read("$[0].title", String.class)).isEqualTo("Hello");
            assertThat(posts.read("$[0].author", String.class)).isEqualTo("ada@example.com");
            assertThat(posts.read("$[0].status", String.class))
                    .as("the server default of revision 2")
                    .isEqualTo("draft");
            assertThat((List<Object>) posts.read("$[0].tags")).containsExactly("intro", "java");
            assertThat(post(base + "/users", "{\"email\":\"ada@example.com\",\"displayName\":\"Twin\"}")
                            .statusCode())
                    .as("the unique email constraint holds")
                    .isGreaterThanOrEqualTo(400);

            DocumentContext migrations =
                    JsonPath.parse(get(base + "/actuator/migrations").body());
            List<List<Map<String, Object>>> runners = migrations.read("$.contexts.*.runners.migrate.revisions");
            assertThat(runners).hasSize(1);
            assertThat(runners.get(0)).extracting(r -> r.get("revision")).containsExactlyElementsOf(REVISIONS);
            assertThat(runners.get(0)).extracting(r -> r.get("state")).containsOnly("APPLIED");
            assertThat(get(base + "/actuator/health").body())
                    .contains("\"migrate\"")
                    .contains("\"upToDate\":true");
            Number applied = JsonPath.read(
                    get(base + "/actuator/metrics/migrate.revisions.applied").body(), "$.measurements[0].value");
            assertThat(applied.intValue()).as("the applied-revisions gauge").isEqualTo(REVISIONS.size());
        }
    }

    /**
     * PostgreSQL and MariaDB through the sample's own profiles, whose URL and credentials come
     * from the SAMPLE_* variables (given here as properties, which the placeholders read alike).
     */
    private static String[] arguments(TestDatabase kind, ScratchDatabase db) {
        String password = db.password() == null ? "" : db.password();
        if (kind == TestDatabase.H2) {
            return new String[] {
                "--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + password
            };
        }
        String profile = kind == TestDatabase.POSTGRES ? "postgres" : "mariadb";
        String prefix = "--SAMPLE_" + profile.toUpperCase(java.util.Locale.ROOT);
        return new String[] {
            "--server.port=0",
            "--spring.profiles.active=" + profile,
            prefix + "_URL=" + db.url(),
            prefix + "_USER=" + db.user(),
            prefix + "_PASSWORD=" + password
        };
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
