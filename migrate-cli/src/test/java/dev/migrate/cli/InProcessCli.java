package dev.migrate.cli;

import dev.migrate.internal.command.Secrets;
import dev.migrate.testing.ProgramProcess.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The program run inside the test's JVM, for checks repeated over many commands where a process
 * per run would only add time; what it prints is masked exactly as in the real program.
 */
final class InProcessCli {

    private final Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();

    InProcessCli(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    InProcessCli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Result run(String... args) {
        AtomicReference<Secrets> secrets =
                new AtomicReference<>(Secrets.of(environment.get("MIGRATE_URL"), environment.get("MIGRATE_PASSWORD")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(
                new MaskingOutputStream(out, secrets::get, StandardCharsets.UTF_8), true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(
                new MaskingOutputStream(err, secrets::get, StandardCharsets.UTF_8), true, StandardCharsets.UTF_8);
        int exitCode = new MigrateCli(environment, workingDirectory, outStream, errStream, secrets).run(args);
        outStream.flush();
        errStream.flush();
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
