package dev.migrate.cli;

import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrationListener;
import dev.migrate.internal.command.Console;
import dev.migrate.internal.command.RevisionFileSettings;
import dev.migrate.internal.command.Secrets;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code migrate} program: parses the arguments with picocli and runs the command from the
 * core's command layer. Everything it prints passes through password masking; errors print
 * {@code FAILED: <message>} and set the exit code (1 the command failed, 2 bad usage or input).
 */
public final class MigrateCli {

    // in the order of Alembic's documentation; `migrate --help` lists them so
    private static final List<Class<?>> COMMANDS = List.of(
            ScriptCommands.Init.class,
            ScriptCommands.ListTemplates.class,
            ScriptCommands.Revision.class,
            DatabaseCommands.Upgrade.class,
            DatabaseCommands.Downgrade.class,
            GraphCommands.Current.class,
            GraphCommands.History.class,
            GraphCommands.Heads.class,
            GraphCommands.Branches.class,
            GraphCommands.Show.class,
            DatabaseCommands.Stamp.class,
            ScriptCommands.Merge.class,
            DatabaseCommands.Check.class,
            ScriptCommands.Edit.class,
            DatabaseCommands.EnsureVersion.class,
            GraphCommands.Graph.class,
            DatabaseCommands.Baseline.class,
            SquashRevision.class,
            LintRevisions.class,
            FleetCommandLine.class,
            ImportCommand.class);

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicReference<Secrets> secrets;
    private Function<MigrationListener, Migrate> engineFactory;
    private TargetModelSource targetModelSource;
    private RevisionFileSettings revisionFiles;
    private ApplicationTenants applicationTenants;

    MigrateCli(
            Map<String, String> environment,
            Path workingDirectory,
            PrintStream out,
            PrintStream err,
            AtomicReference<Secrets> secrets) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.out = out;
        this.err = err;
        this.secrets = secrets;
    }

    public static void main(String[] args) {
        DriverWarmUp.startFor(args);
        Map<String, String> environment = System.getenv();
        AtomicReference<Secrets> secrets =
                new AtomicReference<>(Secrets.of(environment.get("MIGRATE_URL"), environment.get("MIGRATE_PASSWORD")));
        Charset charset = Charset.defaultCharset();
        PrintStream out = new PrintStream(
                new MaskingOutputStream(new FileOutputStream(FileDescriptor.out), secrets::get, charset),
                true,
                charset);
        PrintStream err = new PrintStream(
                new MaskingOutputStream(new FileOutputStream(FileDescriptor.err), secrets::get, charset),
                true,
                charset);
        // drivers and loggers write to System.out/err: they are masked too
        System.setOut(out);
        System.setErr(err);
        int exitCode = new MigrateCli(environment, Path.of("").toAbsolutePath(), out, err, secrets).run(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Runs one command line with an engine the caller makes, as Spring Boot's command mode does with
     * the application's own configuration; the rest (migrate.properties for revision files, the
     * environment) is read as the program reads it, and the output is masked the same way.
     *
     * @param engine    makes the engine, given the listener that prints the progress lines
     * @param arguments the command and its options, without the program's name
     * @param out       where the command's answer goes
     * @param err       where errors and progress go
     * @return the exit code: 0, 1 (the command failed) or 2 (bad usage or input)
     */
    public static int execute(
            Function<MigrationListener, Migrate> engine, List<String> arguments, PrintStream out, PrintStream err) {
        return execute(engine, null, null, arguments, out, err);
    }

    /**
     * Runs one command line as {@link #execute(Function, List, PrintStream, PrintStream)} does, with
     * what an embedding application knows better than migrate.properties.
     *
     * @param targetModel   the schema {@code check} and {@code revision --autogenerate} compare with
     *                      (the application's own entity mapping); {@code null} for the program's own,
     *                      built from the entity packages
     * @param revisionFiles where and how {@code revision} writes new files; {@code null} to read them
     *                      from migrate.properties
     */
    public static int execute(
            Function<MigrationListener, Migrate> engine,
            TargetModelSource targetModel,
            RevisionFileSettings revisionFiles,
            List<String> arguments,
            PrintStream out,
            PrintStream err) {
        return execute(engine, targetModel, revisionFiles, null, arguments, out, err);
    }

    /**
     * Runs one command line as {@link #execute(Function, TargetModelSource, RevisionFileSettings, List,
     * PrintStream, PrintStream)} does, with the application's tenants for {@code migrate fleet}.
     *
     * @param tenants the application's tenants, parallelism and continue-on-error; {@code null} to
     *                read them from migrate.properties
     */
    public static int execute(
            Function<MigrationListener, Migrate> engine,
            TargetModelSource targetModel,
            RevisionFileSettings revisionFiles,
            ApplicationTenants tenants,
            List<String> arguments,
            PrintStream out,
            PrintStream err) {
        return execute(
                System.getenv(),
                Path.of("").toAbsolutePath(),
                engine,
                targetModel,
                revisionFiles,
                tenants,
                arguments,
                out,
                err);
    }

    /**
     * Runs one command line as the program does, in another folder and environment: the Maven
     * plugin's, whose project folder is not the build's working directory and whose environment
     * adds the application's datasource as {@code MIGRATE_URL}, {@code MIGRATE_USER},
     * {@code MIGRATE_PASSWORD} (masked as the program masks them).
     */
    public static int execute(
            Map<String, String> environment,
            Path workingDirectory,
            List<String> arguments,
            PrintStream out,
            PrintStream err) {
        return execute(environment, workingDirectory, null, null, null, null, arguments, out, err);
    }

    private static int execute(
            Map<String, String> environment,
            Path workingDirectory,
            Function<MigrationListener, Migrate> engine,
            TargetModelSource targetModel,
            RevisionFileSettings revisionFiles,
            ApplicationTenants tenants,
            List<String> arguments,
            PrintStream out,
            PrintStream err) {
        AtomicReference<Secrets> secrets =
                new AtomicReference<>(Secrets.of(environment.get("MIGRATE_URL"), environment.get("MIGRATE_PASSWORD")));
        Charset charset = Charset.defaultCharset();
        PrintStream maskedOut = new PrintStream(new MaskingOutputStream(out, secrets::get, charset), true, charset);
        PrintStream maskedErr = new PrintStream(new MaskingOutputStream(err, secrets::get, charset), true, charset);
        MigrateCli cli = new MigrateCli(environment, workingDirectory, maskedOut, maskedErr, secrets);
        cli.engineFactory = engine;
        cli.targetModelSource = targetModel;
        cli.revisionFiles = revisionFiles;
        cli.applicationTenants = tenants;
        int exitCode = cli.run(arguments.toArray(String[]::new));
        maskedOut.flush();
        maskedErr.flush();
        return exitCode;
    }

    /**
     * The arguments that are the program's, without the {@code --name=value} settings of an embedding
     * application: Spring Boot binds {@code --spring.profiles.active=prod} wherever it stands, so its
     * command mode leaves such arguments out of the command line. An argument that names one of the
     * program's options stays, as does a bare {@code --name} without a dot (the program reports it).
     */
    public static List<String> withoutApplicationArguments(List<String> arguments) {
        Set<String> options = new HashSet<>();
        CommandLine commandLine = new CommandLine(new GlobalOptions());
        COMMANDS.forEach(command -> commandLine.addSubcommand(new CommandLine(command)));
        options.addAll(commandLine.getCommandSpec().optionsMap().keySet());
        commandLine
                .getSubcommands()
                .values()
                .forEach(sub -> options.addAll(sub.getCommandSpec().optionsMap().keySet()));
        return arguments.stream()
                .filter(argument -> !isApplicationArgument(argument, options))
                .toList();
    }

    private static boolean isApplicationArgument(String argument, Set<String> options) {
        if (!argument.startsWith("--") || argument.length() == 2) {
            return false;
        }
        int equals = argument.indexOf('=');
        String name = equals < 0 ? argument : argument.substring(0, equals);
        return !options.contains(name) && (equals >= 0 || name.contains("."));
    }

    int run(String... args) {
        GlobalOptions options = new GlobalOptions();
        CliRun run = new CliRun(
                options,
                environment,
                workingDirectory,
                new Console(out, err, false),
                secrets,
                engineFactory,
                targetModelSource,
                revisionFiles,
                applicationTenants);
        CommandLine commandLine = commandLine(options, run, args);
        rememberPasswordEnvironment(args);
        try {
            return commandLine.execute(args);
        } finally {
            run.close();
        }
    }

    private CommandLine commandLine(GlobalOptions options, CliRun run, String[] args) {
        CommandLine commandLine = new CommandLine(options);
        // Picocli reads a command's annotations when it is registered, the larger part of its start-up;
        // a line naming its command needs that one only. Help, errors and anything unclear get all.
        Class<?> named = namedCommand(commandLine.getCommandSpec(), args);
        for (Class<?> command : named != null ? List.<Class<?>>of(named) : COMMANDS) {
            commandLine.addSubcommand(new CommandLine(command));
        }
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionStrategy(parseResult -> execute(parseResult, commandLine, run, options));
        commandLine.setParameterExceptionHandler(this::usageError);
        return commandLine;
    }

    /**
     * The command the line names, found by skipping the global options (and the values of those that
     * take one) up to the first word; {@code null} when there is none or it is no command's name, or
     * when an option is not recognised as written (clustered short options): picocli decides then.
     */
    static Class<?> namedCommand(CommandSpec global, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                for (Class<?> command : COMMANDS) {
                    if (command.getAnnotation(Command.class).name().equals(arg)) {
                        return command;
                    }
                }
                return null;
            }
            OptionSpec option = global.findOption(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg);
            if (option == null || option.usageHelp() || option.versionHelp()) {
                return null;
            }
            if (option.arity().max() > 0 && !arg.contains("=")) {
                i++;
            }
        }
        return null;
    }

    private int execute(ParseResult parseResult, CommandLine commandLine, CliRun run, GlobalOptions options) {
        Integer helpExitCode = CommandLine.executeHelpRequest(parseResult);
        if (helpExitCode != null) {
            return helpExitCode;
        }
        if (!parseResult.hasSubcommand()) {
            throw new ParameterException(commandLine, "too few arguments: name a command");
        }
        try {
            return ((CliCommand) parseResult.subcommand().commandSpec().userObject()).execute(run);
        } catch (RuntimeException failure) {
            return failed(failure, options);
        }
    }

    private int usageError(ParameterException problem, String[] args) {
        CommandLine cli = problem.getCommandLine();
        err.println("FAILED: " + problem.getMessage());
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        return 2;
    }

    private int failed(Throwable failure, GlobalOptions options) {
        if (options.raiseErrors) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.println("FAILED: " + message(failure));
        return failure instanceof MigrateException migrateException ? migrateException.exitCode() : 1;
    }

    private static String message(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof MigrateException || message == null) {
            return message == null ? failure.getClass().getSimpleName() : message;
        }
        // an unexpected failure: its type says more than a bare message would
        return failure.getClass().getSimpleName() + ": " + message;
    }

    private void rememberPasswordEnvironment(String[] args) {
        // the variable --password-env names is a secret from the start, before any parsing can fail
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--password-env=")
                    ? args[i].substring("--password-env=".length())
                    : args[i].equals("--password-env") && i + 1 < args.length ? args[i + 1] : null;
            if (name != null && environment.get(name) != null) {
                secrets.updateAndGet(known -> known.with(environment.get(name)));
            }
            String password = args[i].startsWith("--password=")
                    ? args[i].substring("--password=".length())
                    : args[i].equals("--password") && i + 1 < args.length ? args[i + 1] : null;
            if (password != null) {
                secrets.updateAndGet(known -> known.with(password));
            }
            if (args[i].equals("--url") && i + 1 < args.length) {
                String url = args[i + 1];
                secrets.updateAndGet(known -> known.withUrl(url));
            }
        }
    }
}
