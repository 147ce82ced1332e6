package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.spring.boot.actuate.MigrationsEndpoint;
import dev.migrate.spring.boot.actuate.MigrationsEndpoint.RevisionDescriptor;
import dev.migrate.spring.boot.library.Library;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code migrate.tag}: the startup upgrade writes it into its history rows, and the endpoint shows
 * it per revision, so a deploy can be found by its tag; on each real database.
 */
class MigrateTagTests {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theStartupUpgradeWritesTheTagAndTheEndpointShowsIt(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            List<String> properties = new ArrayList<>(List.of(
                    "migrate.locations=" + Library.LOCATION,
                    "migrate.tag=deploy-2026-12-06.1",
                    "spring.datasource.url=" + database.url()));
            if (database.user() != null) {
                properties.add("spring.datasource.username=" + database.user());
            }
            if (database.password() != null) {
                properties.add("spring.datasource.password=" + database.password());
            }
            new ApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
                    .withPropertyValues(properties.toArray(String[]::new))
                    .run((context) -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(Migrate.class).appliedHistory())
                                .extracting(AppliedRevision::tag)
                                .containsExactly("deploy-2026-12-06.1", "deploy-2026-12-06.1");
                        List<RevisionDescriptor> revisions = new MigrationsEndpoint(context)
                                .migrations()
                                .contexts()
                                .get(context.getId())
                                .runners()
                                .get("migrate")
                                .revisions();
                        assertThat(revisions)
                                .extracting(RevisionDescriptor::revision, RevisionDescriptor::tag)
                                .containsExactly(
                                        tuple(Library.BASE, "deploy-2026-12-06.1"),
                                        tuple(Library.HEAD, "deploy-2026-12-06.1"));
                    });
        }
    }
}
