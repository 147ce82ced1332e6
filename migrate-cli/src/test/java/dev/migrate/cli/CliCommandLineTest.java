package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Help, version, usage errors and exit codes, from a separate process. */
class CliCommandLineTest {

    private static final List<String> COMMANDS = List.of(
            "init",
            "list_templates",
            "revision",
            "upgrade",
            "downgrade",
            "current",
            "history",
            "heads",
            "branches",
            "show",
            "stamp",
            "merge",
            "check",
            "ensure_version",
            "graph");

    @TempDir
    Path directory;

    @Test
    void printsTheVersionAsAlembicDoes() {
        Result result = CliProcess.fromClassPath(directory).run("--version");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).matches("migrate \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpListsEveryCommandAndTheGlobalOptions() {
        Result result = CliProcess.fromClassPath(directory).run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains(COMMANDS)
                .contains(
                        "-c, --config=FILE",
                        "-x=key=value",
                        "--url=URL",
                        "--user=USER",
                        "--password-env=VAR",
                        "-q, --quiet",
                        "-V, --version");
    }

    @Test
    void aCommandsHelpComesFromASeparateProcess() {
        Result result = CliProcess.fromClassPath(directory).run("history", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: migrate history").contains("-r, --rev-range=RANGE");
    }

    @Test
    void everyCommandHasHelpWithAlembicsOptions() {
        InProcessCli cli = new InProcessCli(directory);
        for (String command : COMMANDS) {
            Result result = cli.run(command, "--help");
            assertThat(result.exitCode()).as(command + "\n" + result).isZero();
            assertThat(result.out()).as(command).startsWith("Usage: migrate " + command);
        }
        assertThat(cli.run("revision", "-h").out())
                .contains(
                        "-m, --message",
                        "--autogenerate",
                        "--head",
                        "--splice",
                        "--branch-label",
                        "--depends-on",
                        "--rev-id",
                        "--version-path",
                        "--sql");
        assertThat(cli.run("history", "-h").out())
                .contains("-r, --rev-range=RANGE", "-v, --verbose", "-i, --indicate-current");
        assertThat(cli.run("current", "-h").out()).contains("-v, --verbose", "--check-heads");
        assertThat(cli.run("heads", "-h").out()).contains("--resolve-dependencies");
        assertThat(cli.run("stamp", "-h").out()).contains("--purge", "--sql", "REVISIONS...");
        assertThat(cli.run("graph", "-h").out()).contains("--format=text|mermaid|dot");
        assertThat(cli.run("init", "-h").out()).contains("-t, --template=java|sql", "DIR");
    }

    @Test
    void onlyTheCommandTheLineNamesIsRegisteredAndAnythingUnclearGetsThemAll() {
        CommandSpec global = new CommandLine(new GlobalOptions()).getCommandSpec();
        // an option's value is never taken for the command, attached or not
        assertThat(MigrateCli.namedCommand(global, new String[] {"--url", "heads", "current", "-v"}))
                .isEqualTo(GraphCommands.Current.class);
        assertThat(MigrateCli.namedCommand(
                        global, new String[] {"-x", "version_table=heads", "-q", "upgrade", "heads"}))
                .isEqualTo(DatabaseCommands.Upgrade.class);
        assertThat(MigrateCli.namedCommand(global, new String[] {"--url=jdbc:h2:mem:x;a=b", "heads"}))
                .isEqualTo(GraphCommands.Heads.class);
        assertThat(MigrateCli.namedCommand(global, new String[] {"-n", "history", "current"}))
                .isEqualTo(GraphCommands.Current.class);
        // help, clustered short options, unknown words and no command at all: picocli sees every command
        assertThat(MigrateCli.namedCommand(global, new String[] {"--help", "current"}))
                .isNull();
        assertThat(MigrateCli.namedCommand(global, new String[] {"-qc", "migrate.properties", "heads"}))
                .isNull();
        assertThat(MigrateCli.namedCommand(global, new String[] {"upgrad", "heads"}))
                .isNull();
        assertThat(MigrateCli.namedCommand(global, new String[] {"-q"})).isNull();

        Result helpBeforeCommand = CliProcess.fromClassPath(directory).run("--help", "current");
        assertThat(helpBeforeCommand.exitCode()).isZero();
        assertThat(helpBeforeCommand.out()).startsWith("Usage: migrate [").contains(COMMANDS);
    }

    @Test
    void badUsageExitsWithTwoAndSaysSoOnStderr() {
        ProgramProcess cli = CliProcess.fromClassPath(directory);
        Result unknownCommand = cli.run("upgrad", "heads");
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.out()).isEmpty();
        assertThat(unknownCommand.err()).startsWith("FAILED: Unmatched argument at index 0: 'upgrad'");

        Result missingArgument = cli.run("upgrade");
        assertThat(missingArgument.exitCode()).isEqualTo(2);
        assertThat(missingArgument.err()).contains("FAILED: Missing required parameter: 'REVISION'");

        Result noCommand = cli.run();
        assertThat(noCommand.exitCode()).isEqualTo(2);
        assertThat(noCommand.err()).contains("FAILED: too few arguments");

        Result unknownOption = cli.run("heads", "--verbosely");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("FAILED: Unknown option: '--verbosely'");
    }

    @Test
    void autogenerateWithoutEntitiesIsAUsageErrorThatNamesTheOption() {
        InProcessCli cli = new InProcessCli(directory);
        for (String[] args : new String[][] {{"check"}, {"revision", "--autogenerate", "-m", "x"}}) {
            Result result = cli.run(args);
            assertThat(result.exitCode())
                    .as(String.join(" ", args) + "\n" + result)
                    .isEqualTo(2);
            assertThat(result.err())
                    .as(String.join(" ", args))
                    .startsWith("FAILED: ")
                    .contains("--entities PACKAGE");
        }
    }

    @Test
    void aRangeWithoutSqlIsAlembicsError() {
        Result result = CliProcess.fromClassPath(directory).run("upgrade", "a:b");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("FAILED: Range revision not allowed\n");
    }
}
