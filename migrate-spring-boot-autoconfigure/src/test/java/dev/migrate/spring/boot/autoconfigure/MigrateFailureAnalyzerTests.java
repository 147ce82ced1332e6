package dev.migrate.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.dialect.DatabaseLock;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.runtime.MigrationRunner;
import dev.migrate.spring.boot.library.Library;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Tests for {@link MigrateFailureAnalyzer}: each kind of failure gets its own action, naming the
 * property or command that deals with it; real start-ups that fail are analyzed as Boot would.
 */
class MigrateFailureAnalyzerTests {

    private final MigrateFailureAnalyzer analyzer = new MigrateFailureAnalyzer();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    DataSourceInitializationAutoConfiguration.class,
                    MigrateAutoConfiguration.class));

    @TempDir
    Path folder;

    @Test
    void isRegisteredAsBootsOwnAnalyzersAre() {
        // Analyzers that need constructor arguments (Boot passes them) are skipped here.
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
                        .load(FailureAnalyzer.class, null, (type, name, failure) -> {}))
                .hasAtLeastOneElementOfType(MigrateFailureAnalyzer.class);
    }

    @Test
    void everyKindHasAnActionOfItsOwn() {
        Set<String> actions = new HashSet<>();
        for (ErrorKind kind : ErrorKind.values()) {
            String action = MigrateFailureAnalyzer.action(new MigrateException(kind, "failed"));
            assertThat(action).as(kind.name()).isNotBlank();
            assertThat(actions.add(action))
                    .as("the action of " + kind + " is its own")
                    .isTrue();
        }
        assertThat(actions).hasSize(EnumSet.allOf(ErrorKind.class).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UNKNOWN_REVISION           | stamp --purge <revision>
            CHECKSUM_MISMATCH          | migrate.validate-checksums=false
            MISSING_HISTORY            | stamp --purge <heads>
            LOCK_TIMEOUT               | raise migrate.lock-timeout
            STATEMENT_FAILED           | are not run again
            UNFINISHED_ATTEMPT         | migrate current' shows the unfinished attempt
            BAD_SCRIPT                 | Fix the revision script
            IRREVERSIBLE               | the definition it drops
            BAD_REVISION_GRAPH         | migrate.locations
            MULTIPLE_HEADS             | migrate.target=heads
            BAD_TARGET                 | Set migrate.target
            INCONSISTENT_VERSION_TABLE | migrate.version-table
            NOT_AT_HEAD                | migrate upgrade heads
            SCHEMA_DRIFT               | migrate.check-on-startup=warn
            CONNECTION_FAILED          | migrate.url, migrate.user and migrate.password
            DATABASE_ERROR             | may read its catalog
            UNSUPPORTED_DATABASE       | migrate.enabled=false
            BAD_CONFIGURATION          | Correct the setting named above
            BAD_USAGE                  | migrate --help
            OFFLINE_UNSUPPORTED        | without --sql
            SCHEMA_SCRIPTS_CONFLICT    | spring.sql.init.schema-locations=
            FILE_ACCESS                | exists and that the application may read
            OTHER                      | Fix the cause named above
            """)
    void eachKindNamesWhatToChange(ErrorKind kind, String fragment) {
        FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException(
                "migrateInitializer", "Invocation of init method failed", new MigrateException(kind, "the message")));
        assertThat(analysis.getDescription()).endsWith("the message");
        assertThat(analysis.getAction()).contains(fragment);
    }

    @Test
    void badInputSaysNothingRan() {
        FailureAnalysis analysis = this.analyzer.analyze(new BeanCreationException(
                "migrateInitializer",
                "Invocation of init method failed",
                new BadInputException(ErrorKind.UNKNOWN_REVISION, "No such revision: 'nosuchrevision'")));
        assertThat(analysis.getDescription()).contains("No such revision: 'nosuchrevision'");
        assertThat(analysis.getAction()).startsWith("Nothing was run.").contains("stamp");
    }

    @Test
    void schemaDriftSaysHowToWriteTheRevision() {
        FailureAnalysis analysis = this.analyzer.analyze(new SchemaCheckOnStartup.SchemaDriftException(
                List.of("table 'book': column 'isbn' (varchar(20)) missing in database")));
        assertThat(analysis.getDescription())
                .contains("the JPA mapping and the database differ")
                .contains("table 'book': column 'isbn' (varchar(20)) missing in database");
        assertThat(analysis.getAction())
                .contains("migrate revision --autogenerate")
                .contains("migrate.check-on-startup=warn");
    }

    @Test
    void otherFailuresAreLeftToOtherAnalyzers() {
        assertThat(this.analyzer.analyze(new IllegalStateException("unrelated")))
                .isNull();
    }

    @Test
    void aStartAtATargetNoScriptDefinesNamesTheStampCommand() throws Exception {
        try (ScratchDatabase database = TestDatabases.create(TestDatabase.H2)) {
            this.contextRunner
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues("migrate.locations=" + Library.LOCATION, "migrate.target=0ddba11")
                    .run((context) -> {
                        FailureAnalysis analysis = analyze(context, ErrorKind.UNKNOWN_REVISION);
                        assertThat(analysis.getDescription()).contains("Can't locate revision identified by '0ddba11'");
                        assertThat(analysis.getAction()).contains("migrate stamp --purge");
                    });
        }
    }

    @Test
    void aStartThatWaitsTooLongForTheLockNamesTheLockTimeout() throws Exception {
        try (ScratchDatabase database = TestDatabases.create(TestDatabase.POSTGRES);
                Connection holder = database.connect()) {
            DatabaseLock lock = Dialect.of(holder).lock();
            assertThat(lock.acquire(
                            holder,
                            MigrationRunner.lockName(holder, MigrateSettings.defaults()),
                            Duration.ofSeconds(5)))
                    .isTrue();
            this.contextRunner
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues("migrate.locations=" + Library.LOCATION, "migrate.lock-timeout=300ms")
                    .run((context) -> {
                        FailureAnalysis analysis = analyze(context, ErrorKind.LOCK_TIMEOUT);
                        assertThat(analysis.getDescription()).contains("Could not take the migration lock");
                        assertThat(analysis.getAction()).contains("migrate.lock-timeout");
                    });
        }
    }

    @Test
    void aStartAfterAnAppliedScriptWasEditedNamesTheChecksumSetting() throws Exception {
        Path revisions = Files.createDirectories(this.folder.resolve("revisions"));
        Files.writeString(
                revisions.resolve("001_first.sql"),
                "-- revision: a1\n-- migrate:upgrade\nCREATE TABLE first (id INT);\n-- migrate:downgrade\nDROP TABLE first;\n");
        try (ScratchDatabase database = TestDatabases.create(TestDatabase.MARIADB)) {
            ApplicationContextRunner runner = this.contextRunner
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues("migrate.locations=filesystem:" + revisions);
            runner.run((context) -> assertThat(context).hasNotFailed());
            Files.writeString(
                    revisions.resolve("001_first.sql"),
                    "-- revision: a1\n-- migrate:upgrade\n"
                            + "CREATE TABLE first (id BIGINT);\n-- migrate:downgrade\nDROP TABLE first;\n");
            Files.writeString(
                    revisions.resolve("002_second.sql"),
                    "-- revision: a2\n-- down_revision: a1\n"
                            + "-- migrate:upgrade\nCREATE TABLE second (id INT);\n-- migrate:downgrade\nDROP TABLE second;\n");
            runner.run((context) -> {
                FailureAnalysis analysis = analyze(context, ErrorKind.CHECKSUM_MISMATCH);
                assertThat(analysis.getDescription()).contains("001_first.sql");
                assertThat(analysis.getAction()).contains("migrate.validate-checksums");
            });
        }
    }

    @Test
    void aStartWithASchemaScriptNamesTheSqlInitProperties() throws Exception {
        Files.writeString(this.folder.resolve("schema.sql"), "CREATE TABLE book (id BIGINT PRIMARY KEY);\n");
        try (ScratchDatabase database = TestDatabases.create(TestDatabase.H2)) {
            this.contextRunner
                    .withClassLoader(new URLClassLoader(
                            new URL[] {this.folder.toUri().toURL()}, getClass().getClassLoader()))
                    .withPropertyValues(MigrateBeforeJpaTests.datasource(database))
                    .withPropertyValues("migrate.locations=" + Library.LOCATION)
                    .run((context) -> {
                        FailureAnalysis analysis = analyze(context, ErrorKind.SCHEMA_SCRIPTS_CONFLICT);
                        assertThat(analysis.getAction())
                                .startsWith("Nothing was run.")
                                .contains("spring.sql.init.schema-locations=")
                                .contains("spring.sql.init.mode=never");
                    });
        }
    }

    @Test
    void aStartThatCannotConnectNeverShowsThePassword() {
        this.contextRunner
                .withPropertyValues(
                        "migrate.url=jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2",
                        "migrate.user=someone",
                        "migrate.password=s3cret-Pw",
                        "migrate.locations=" + Library.LOCATION)
                .run((context) -> {
                    FailureAnalysis analysis = analyze(context, ErrorKind.CONNECTION_FAILED);
                    assertThat(analysis.getDescription()).doesNotContain("s3cret-Pw");
                    assertThat(analysis.getAction()).contains("migrate.url").doesNotContain("s3cret-Pw");
                });
    }

    private FailureAnalysis analyze(AssertableApplicationContext context, ErrorKind expected) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = this.analyzer.analyze(context.getStartupFailure());
        assertThat(analysis)
                .as("migrate's analysis of " + context.getStartupFailure())
                .isNotNull();
        assertThat(((MigrateException) analysis.getCause()).kind()).isEqualTo(expected);
        return analysis;
    }
}
