package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.autogenerate.RevisionFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path project;

    private final Map<String, String> environment = new HashMap<>();
    private final GlobalOptions options = new GlobalOptions();

    @Test
    void readsEveryKey() throws IOException {
        write("""
                url = jdbc:postgresql://localhost/shop
                user = shop
                password = pw
                locations = filesystem:sql, classpath:db/migrations
                classpath = target/classes, lib/revisions.jar
                entities = com.example.model, com.example.billing
                version_table = versions
                history_table = versions_log
                version_table_schema = admin
                transaction_per_migration = false
                lock_timeout = 2m
                validate_checksums = no
                script_location = migrations
                version_locations = migrations/versions, other
                revision_format = java
                revision_package = com.example.db
                file_template = %(rev)s_%(slug)s
                truncate_slug_length = 20
                """);
        CliSettings settings = load();
        assertThat(settings.url()).isEqualTo("jdbc:postgresql://localhost/shop");
        assertThat(settings.user()).isEqualTo("shop");
        assertThat(settings.password()).isEqualTo("pw");
        assertThat(settings.settings())
                .isEqualTo(MigrateSettings.defaults()
                        .withLocations(List.of("filesystem:" + project.resolve("sql"), "classpath:db/migrations"))
                        .withVersionTable("versions")
                        .withHistoryTable("versions_log")
                        .withSchema("admin")
                        .withTransactionPerMigration(false)
                        .withLockTimeout(Duration.ofMinutes(2))
                        .withValidateChecksums(false));
        assertThat(settings.classpath())
                .containsExactly(project.resolve("target/classes"), project.resolve("lib/revisions.jar"));
        assertThat(settings.entities()).containsExactly("com.example.model", "com.example.billing");
        assertThat(settings.revisionFiles().scriptLocation()).isEqualTo(project.resolve("migrations"));
        assertThat(settings.revisionFiles().versionLocations())
                .containsExactly(project.resolve("migrations/versions"), project.resolve("other"));
        assertThat(settings.revisionFiles().format()).isEqualTo(RevisionFormat.JAVA);
        assertThat(settings.revisionFiles().javaPackage()).isEqualTo("com.example.db");
        assertThat(settings.revisionFiles().fileNames().template()).isEqualTo("%(rev)s_%(slug)s");
        assertThat(settings.revisionFiles().fileNames().truncateSlugLength()).isEqualTo(20);
    }

    @Test
    void withoutAFileEverythingHasTheCoresDefaults() {
        CliSettings settings = load();
        assertThat(settings.url()).isNull();
        assertThat(settings.settings()).isEqualTo(MigrateSettings.defaults());
        assertThat(settings.revisionFiles().format()).isEqualTo(RevisionFormat.SQL);
        assertThatThrownBy(settings::requireUrl)
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("MIGRATE_URL");
    }

    @Test
    void anUnknownKeyNamesTheFileAndTheKey() throws IOException {
        Path file = write("url = x\nversion_tabel = v\n");
        assertThatThrownBy(this::load)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": key 'version_tabel' is not a migrate setting");
    }

    @Test
    void expandsEnvironmentVariablesAndNamesAnUndefinedOne() throws IOException {
        environment.put("DB_HOST", "db.internal");
        Path file = write("url = jdbc:postgresql://${DB_HOST}/shop\nuser = $${literal}\n");
        assertThat(load().url()).isEqualTo("jdbc:postgresql://db.internal/shop");
        assertThat(load().user()).isEqualTo("${literal}");

        write("url = jdbc:postgresql://${DB_HOST}/shop\npassword = ${DB_PASSWORD}\n");
        assertThatThrownBy(this::load)
                .isInstanceOf(BadInputException.class)
                .hasMessage(file + ": password refers to ${DB_PASSWORD}, but the environment variable DB_PASSWORD "
                        + "is not set");
    }

    @Test
    void theEnvironmentOverridesTheFileAndFlagsOverrideBoth() throws IOException {
        write("url = jdbc:h2:mem:file\nuser = file_user\npassword = file_pw\n");
        environment.put("MIGRATE_URL", "jdbc:h2:mem:environment");
        environment.put("MIGRATE_USER", "environment_user");
        environment.put("MIGRATE_PASSWORD", "environment_pw");
        CliSettings fromEnvironment = load();
        assertThat(List.of(fromEnvironment.url(), fromEnvironment.user(), fromEnvironment.password()))
                .containsExactly("jdbc:h2:mem:environment", "environment_user", "environment_pw");

        options.url = "jdbc:h2:mem:flag";
        options.user = "flag_user";
        environment.put("SECRET", "flag_pw");
        options.passwordEnv = "SECRET";
        CliSettings fromFlags = load();
        assertThat(List.of(fromFlags.url(), fromFlags.user(), fromFlags.password()))
                .containsExactly("jdbc:h2:mem:flag", "flag_user", "flag_pw");
    }

    @Test
    void passwordEnvNamingAnUnsetVariableIsAnError() {
        options.passwordEnv = "NOT_SET";
        assertThatThrownBy(this::load)
                .isInstanceOf(BadInputException.class)
                .hasMessage("--password-env NOT_SET: the environment variable NOT_SET is not set");
    }

    @Test
    void xOverridesASettingAndRefusesUnknownKeys() throws IOException {
        write("version_table = from_file\n");
        options.extra = List.of("version_table=from_x");
        assertThat(load().settings().versionTable()).isEqualTo("from_x");
        options.extra = List.of("tabel=x");
        assertThatThrownBy(this::load)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("-x tabel is not a migrate setting");
        options.extra = List.of("no_equals");
        assertThatThrownBy(this::load).isInstanceOf(BadInputException.class).hasMessageContaining("key=value");
    }

    @Test
    void badValuesNameTheKey() throws IOException {
        write("transaction_per_migration = maybe\n");
        assertThatThrownBy(this::load)
                .hasMessageContaining("transaction_per_migration = maybe")
                .hasMessageContaining("true or false");
        write("lock_timeout = soon\n");
        assertThatThrownBy(this::load).hasMessageContaining("lock_timeout = soon");
        write("revision_format = python\n");
        assertThatThrownBy(this::load).hasMessageContaining("revision_format");
        write("lock_timeout = PT90S\n");
        assertThat(load().settings().lockTimeout()).isEqualTo(Duration.ofSeconds(90));
        write("lock_timeout = 1500ms\n");
        assertThat(load().settings().lockTimeout()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void configOptionAndMigrateConfigChooseTheFile() throws IOException {
        Files.writeString(project.resolve("other.properties"), "url = jdbc:h2:mem:other\n");
        environment.put("MIGRATE_CONFIG", "other.properties");
        assertThat(load().url()).isEqualTo("jdbc:h2:mem:other");
        options.config = Path.of("missing.properties");
        assertThatThrownBy(this::load).isInstanceOf(BadInputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void theInitPlaceholderIsNotAUrl() throws IOException {
        write("url = jdbc:<database>://<host>:<port>/<dbname>\n");
        assertThatThrownBy(load()::requireUrl)
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("placeholder")
                .hasMessageContaining("MIGRATE_URL");
    }

    @Test
    void nameSelectsTheKeysWithItsPrefixAndNothingOfTheDefaultSection() throws IOException {
        write("""
                url = jdbc:postgresql://localhost/app
                locations = filesystem:app
                version_table = app_version
                billing.url = jdbc:postgresql://localhost/billing
                billing.locations = filesystem:billing
                billing.password = ${BILLING_PASSWORD}
                """);
        environment.put("BILLING_PASSWORD", "s3cret");

        CliSettings main = load();
        assertThat(main.url()).isEqualTo("jdbc:postgresql://localhost/app");
        assertThat(main.settings().locations()).containsExactly("filesystem:" + project.resolve("app"));
        assertThat(main.password())
                .as("another section's values are not even expanded")
                .isNull();

        options.name = "billing";
        CliSettings billing = load();
        assertThat(billing.url()).isEqualTo("jdbc:postgresql://localhost/billing");
        assertThat(billing.password()).isEqualTo("s3cret");
        assertThat(billing.settings().locations()).containsExactly("filesystem:" + project.resolve("billing"));
        assertThat(billing.settings().versionTable()).as("nothing is inherited").isEqualTo("migrate_version");
    }

    @Test
    void theEnvironmentAndTheFlagsStillWinOverASection() throws IOException {
        write("billing.url = jdbc:postgresql://localhost/billing\nbilling.user = billing\n");
        options.name = "billing";
        environment.put("MIGRATE_USER", "deployer");
        options.url = "jdbc:h2:mem:flag";
        options.extra.add("version_table=billing_version");
        CliSettings settings = load();
        assertThat(settings.url()).isEqualTo("jdbc:h2:mem:flag");
        assertThat(settings.user()).isEqualTo("deployer");
        assertThat(settings.settings().versionTable()).isEqualTo("billing_version");
    }

    @Test
    void anUnknownSectionOrKeyIsNamed() throws IOException {
        Path file = write("url = jdbc:h2:mem:app\nbilling.url = jdbc:h2:mem:billing\naudit.url = jdbc:h2:mem:audit\n");
        options.name = "biling";
        assertThatThrownBy(this::load)
                .isInstanceOf(BadInputException.class)
                .hasMessage("-n biling: " + file + " has no section 'biling' (no key such as biling.url); its "
                        + "sections are audit, billing");

        write("billing.ur1 = jdbc:h2:mem:billing\n");
        options.name = "billing";
        assertThatThrownBy(this::load)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": key 'billing.ur1' is not a migrate setting");

        Files.delete(file);
        assertThatThrownBy(this::load)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("-n billing: there is no configuration file " + file);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(project.resolve("migrate.properties"), text);
    }

    private CliSettings load() {
        return new ConfigLoader(environment, project, (url, password) -> {}).load(options);
    }
}
