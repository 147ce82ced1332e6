package dev.migrate.spring.boot.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.boot.fixture.FixtureApplication;
import dev.migrate.spring.boot.fixture.FixtureDatabase;
import dev.migrate.spring.boot.fixture.FixtureProcesses;
import dev.migrate.spring.boot.fixture.FixtureProcesses.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --tag} in command mode, which takes the CLI's arguments: {@code java -jar app.jar migrate
 * upgrade --tag T head}, then found again with {@code migrate history --verbose}.
 */
class CommandModeTagProcessTests {

    @TempDir
    Path directory;

    @Test
    void anUpgradeTaggedOnTheCommandLineIsFoundInHistoryVerbose() throws Exception {
        FixtureProcesses app = new FixtureProcesses(this.directory, FixtureDatabase.h2File(this.directory));

        Run upgrade = app.run("migrate", "upgrade", "--tag", "release-2026.12", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();

        Run history = app.run("migrate", "history", "--verbose");
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out())
                .containsPattern("Rev: " + FixtureApplication.ADD_BODY
                        + " \\(head\\)\nParent: [0-9a-f]+\nTag: release-2026\\.12 \\(upgrade [^)]+\\)\nPath: ");
        assertThat(history.out().lines().filter((line) -> line.startsWith("Tag: release-2026.12 (upgrade ")))
                .hasSize(2);
    }
}
