package dev.migrate.spring.boot.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.firstboot.NewApplication;
import dev.migrate.spring.boot.fixture.FixtureDatabase;
import dev.migrate.spring.boot.fixture.FixtureProcesses;
import dev.migrate.spring.boot.fixture.FixtureProcesses.Run;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An application that has just added the starter, as processes: it has no revision, and its build
 * made no {@code db/migrations} folder (the tests' class path has none either). It must start, and
 * command mode must write its first revision; only a location the user configured and that is
 * missing is an error, reported as the command's.
 */
class FirstBootProcessTests {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    @Execution(ExecutionMode.CONCURRENT) // waits on application processes: two at once, one per core
    void startsWithAnEmptyHistoryAndCommandModeWritesTheFirstRevision(TestDatabase kind) throws Exception {
        try (ScratchDatabase scratch = TestDatabases.create(kind)) {
            FixtureDatabase database = FixtureDatabase.forProcesses(scratch, this.directory);
            FixtureProcesses app = new FixtureProcesses(this.directory, database).application(NewApplication.class);
            assertThat(getClass().getClassLoader().getResource("db/migrations")).isNull();

            Run boot = app.run();
            assertThat(boot.exitCode()).as(boot.toString()).isZero();
            assertThat(occurrences(boot.output(), "No revisions yet in classpath:db/migrations"))
                    .as(boot.toString())
                    .isEqualTo(1);
            assertThat(boot.output()).contains("migrate revision --autogenerate -m \"initial\"");
            assertThat(database.tables())
                    .as("nothing to upgrade creates nothing")
                    .isEmpty();

            Run current = app.run("migrate", "current");
            assertThat(current.exitCode()).as(current.toString()).isZero();
            assertThat(current.out()).isEmpty();

            Run revision = app.run("migrate", "revision", "--autogenerate", "-m", "initial");
            assertThat(revision.exitCode()).as(revision.toString()).isZero();
            assertThat(revision.err()).doesNotContain("FAILED");
            try (Stream<Path> files = Files.list(this.directory.resolve("src/main/java/db/migrations"))) {
                assertThat(files.toList()).singleElement().satisfies((file) -> {
                    assertThat(file.getFileName().toString()).endsWith("_initial.java");
                    assertThat(Files.readString(file))
                            .contains("package db.migrations;")
                            .contains("op.createTable(Table.of(\"account\",");
                });
            }
        }
    }

    @Test
    void aConfiguredLocationThatIsMissingIsAnErrorThatFitsTheCommand() throws Exception {
        FixtureDatabase database = FixtureDatabase.h2File(this.directory);
        FixtureProcesses app = new FixtureProcesses(this.directory, database)
                .application(NewApplication.class)
                .with("MIGRATE_LOCATIONS", "classpath:db/nowhere");

        for (List<String> command : List.of(
                List.of("migrate", "current"),
                List.of("migrate", "history"),
                List.of("migrate", "revision", "--autogenerate", "-m", "initial"))) {
            Run run = app.run(command.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err())
                    .as(run.toString())
                    .contains("FAILED: Location 'classpath:db/nowhere' does not exist")
                    .doesNotContain("could not bring the database up to date")
                    .doesNotContain("APPLICATION FAILED TO START");
        }
        assertThat(this.directory.resolve("src")).doesNotExist();

        Run boot = app.run();
        assertThat(boot.exitCode()).as(boot.toString()).isEqualTo(1);
        assertThat(boot.output())
                .contains("APPLICATION FAILED TO START")
                .contains("Location 'classpath:db/nowhere' does not exist");
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
