package dev.migrate.cli;

import dev.migrate.internal.command.SquashCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code squash}: one revision replacing every revision from base to {@code --up-to}. */
@Command(
        name = "squash",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Write one revision that replaces every revision from base to --up-to.")
final class SquashRevision implements CliCommand {

    @Option(
            names = "--up-to",
            required = true,
            paramLabel = "REV",
            description = "The last revision the squashed revision replaces.")
    String upTo;

    @Option(
            names = {"-m", "--message"},
            description = "Message string to use with 'squash'")
    String message;

    @Option(names = "--rev-id", description = ScriptCommands.REV_ID)
    String revId;

    @Option(names = "--version-path", description = "Specify specific path from config for version file")
    String versionPath;

    @Override
    public void run(CliRun run) {
        new SquashCommand(run.settings().revisionFiles(), run.console())
                .squash(
                        run.migrate(),
                        upTo,
                        message,
                        revId,
                        versionPath == null ? null : run.resolve(Path.of(versionPath)));
    }
}
