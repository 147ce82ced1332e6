package dev.migrate.spring.boot.onemodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.autogenerate.ApplicationProperties;
import dev.migrate.internal.autogenerate.hibernate.HibernateModel;
import dev.migrate.internal.autogenerate.hibernate.JpaSettings;
import dev.migrate.internal.autogenerate.hibernate.MetadataCapturingIntegrator;
import dev.migrate.internal.autogenerate.hibernate.TargetModelBuilder;
import dev.migrate.schema.Column;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import dev.migrate.spring.boot.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.boot.library.Library;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The one target model: for the same entities and application.yml, the model the CLI and the Maven
 * plugin build ({@link TargetModelBuilder} with the settings {@link ApplicationProperties} reads)
 * is the model the application's own EntityManagerFactory maps (what command mode reads), with
 * Bean Validation and {@code hibernate.type.preferred_instant_jdbc_type} applied, on each database.
 */
class OneTargetModelTests {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class,
                    MigrateAutoConfiguration.class))
            .withUserConfiguration(OwnerEntities.class)
            .withPropertyValues("migrate.locations=" + Library.LOCATION, "migrate.check-on-startup=warn");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theBuilderMapsTheEntitiesAsTheApplicationItselfDoes(TestDatabase kind) throws Exception {
        Map<String, String> configuration = applicationConfiguration();
        SchemaModel built = TargetModelBuilder.build(
                List.of(Owner.class, PetType.class),
                kind.dialectName(),
                JpaSettings.fromApplicationProperties(configuration));
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            List<String> properties = new ArrayList<>(List.of(
                    "spring.datasource.url=" + database.url(),
                    "spring.datasource.username=" + database.user(),
                    "spring.datasource.password=" + (database.password() == null ? "" : database.password())));
            configuration.forEach((key, value) -> properties.add(key + "=" + value));
            this.application
                    .withPropertyValues(properties.toArray(String[]::new))
                    .run((context) -> {
                        assertThat(context).hasNotFailed();
                        SchemaModel mapped = HibernateModel.read(context.getBean(MetadataCapturingIntegrator.class)
                                .metadata()
                                .orElseThrow());
                        assertThat(built).isEqualTo(mapped);
                    });
        }
        Table owner = table(built, "owner");
        assertThat(column(owner, "first_name").nullable()).as("@NotBlank").isFalse();
        assertThat(column(owner, "email").nullable()).as("@NotNull").isFalse();
        assertThat(column(owner, "email").type().toString())
                .as("@Size(max = 80)")
                .contains("80");
        assertThat(column(owner, "registered_at").type().toString().toLowerCase(Locale.ROOT))
                .as("preferred_instant_jdbc_type=TIMESTAMP")
                .doesNotContain("zone")
                .doesNotContain("tz");
        assertThat(column(table(built, "pet_type"), "name").type().toString()).contains("30");
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRES")
    void withoutTheApplicationsSettingsTheModelDiffers(TestDatabase kind) {
        SchemaModel defaults = TargetModelBuilder.build(
                List.of(Owner.class, PetType.class), kind.dialectName(), JpaSettings.defaults());
        assertThat(column(table(defaults, "owner"), "registered_at")
                        .type()
                        .toString()
                        .toLowerCase(Locale.ROOT))
                .contains("zone");
    }

    /** The test application's application.yml, read as the CLI and the plugin read it. */
    private static Map<String, String> applicationConfiguration() throws Exception {
        URL folder = OneTargetModelTests.class.getResource("/onemodel/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder}, null)) {
            return ApplicationProperties.read(loader, List.of(), System::getenv).values();
        }
    }

    private static Table table(SchemaModel model, String name) {
        return model.tables().stream()
                .filter((t) -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Column column(Table table, String name) {
        return table.columns().stream()
                .filter((c) -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Owner.class)
    static class OwnerEntities {}
}
