package dev.migrate.sample.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.sample.readme.Walkthrough.Command;
import dev.migrate.sample.readme.Walkthrough.Insert;
import dev.migrate.sample.readme.Walkthrough.Step;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the README's walkthrough on a copy of the sample, as a reader would: brings the H2
 * development database to the head, adds the README's field to an entity, runs
 * {@code revision --autogenerate} with the CLI jar, compiles, upgrades, boots the application on
 * that database and asks its actuator. Every command's output must match the README's, up to the
 * folder, dates and new revision ids ({@link ComparableOutput}); at the end the new column is in
 * the database. The README's {@code mvn} lines are replaced by compiling the copy
 * ({@link SampleCopy}), and {@code java -jar target/sample-app.jar} by running the copy's classes.
 */
class ReadmeWalkthroughTest {

    private static final Path SAMPLE = Path.of("").toAbsolutePath();
    private static final Path REPOSITORY = SAMPLE.getParent();
    private static final Path CLI_JAR = REPOSITORY.resolve("migrate-cli-dist/target/migrate.jar");
    private static final Pattern LOCAL_URL = Pattern.compile("localhost:8080(/\\S*)");
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path temp;

    private final ComparableOutput readmeSide = new ComparableOutput();
    private final ComparableOutput runSide = new ComparableOutput();
    private final HttpClient http = HttpClient.newHttpClient();
    private Process application;
    private int applicationPort;

    @Test
    void theReadmeWalkthroughRunsAsWrittenAndAddsTheColumn() throws Exception {
        assertThat(CLI_JAR)
                .as("the CLI jar, built by the reactor before the sample (mvn package -pl migrate-cli-dist)")
                .exists();
        Walkthrough walkthrough = Walkthrough.read(REPOSITORY.resolve("README.md"));
        assertThat(walkthrough.steps())
                .filteredOn(Command.class::isInstance)
                .extracting(s -> ((Command) s).line())
                .as("the README walks through every step of the workflow")
                .anySatisfy(line -> assertThat(line).startsWith("migrate init"))
                .anySatisfy(line -> assertThat(line).startsWith("migrate revision --autogenerate"))
                .anySatisfy(line -> assertThat(line).isEqualTo("migrate upgrade head"))
                .anySatisfy(line -> assertThat(line).isEqualTo("migrate current"))
                .anySatisfy(line -> assertThat(line).isEqualTo("migrate history --verbose"))
                .anySatisfy(line -> assertThat(line).contains("upgrade --sql"))
                .anySatisfy(line -> assertThat(line).isEqualTo("migrate downgrade -1"))
                .anySatisfy(line -> assertThat(line).startsWith("migrate check"))
                .anySatisfy(line -> assertThat(line).startsWith("curl").contains("/actuator/migrations"))
                .anySatisfy(line -> assertThat(line).isEqualTo("migrate graph"));
        assertThat(walkthrough.steps()).hasAtLeastOneElementOfType(Insert.class);

        SampleCopy copy = SampleCopy.of(SAMPLE, Files.createDirectories(temp.resolve("sample-app")));
        copy.compile();
        Path launchers = launchers();
        try {
            for (Step step : walkthrough.steps()) {
                if (step instanceof Insert insert) {
                    copy.insert(insert.file(), insert.anchor(), insert.code());
                } else {
                    replay((Command) step, copy, launchers);
                }
            }
        } finally {
            stopApplication();
        }

        try (Connection connection = DriverManager.getConnection(
                        "jdbc:h2:file:" + copy.root().resolve("target/blog-dev") + ";AUTO_SERVER=TRUE", "sa", "");
                ResultSet column = connection.getMetaData().getColumns(null, null, "POST", "SUMMARY")) {
            assertThat(column.next())
                    .as("the walkthrough's new column is in the database")
                    .isTrue();
            assertThat(column.getInt("COLUMN_SIZE")).isEqualTo(300);
        }
    }

    private void replay(Command command, SampleCopy copy, Path launchers) throws Exception {
        String line = command.line();
        if (line.startsWith("mvn ")) {
            assertThat(command.expectedOutput())
                    .as("the README shows no output for " + line)
                    .isBlank();
            copy.compile();
        } else if (line.startsWith("java -jar target/sample-app.jar ")) {
            startApplication(
                    copy,
                    line.substring("java -jar target/sample-app.jar ".length()).replaceFirst("\\s*&\\s*$", ""));
        } else if (line.startsWith("curl ")) {
            compareJson(line, command.expectedOutput());
        } else {
            // init writes a new project: run it where there is none yet, in a folder of the same name
            Path folder = line.startsWith("migrate init ")
                    ? Files.createDirectories(temp.resolve("new-project/sample-app"))
                    : copy.root();
            String output = run(line, folder, launchers);
            assertThat(runSide.of(output))
                    .as("output of `%s`", line)
                    .isEqualTo(readmeSide.of(command.expectedOutput()));
        }
    }

    /** A {@code migrate} launcher for the CLI jar the reactor built, as the README puts one on the PATH. */
    private Path launchers() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path migrate = bin.resolve("migrate");
        Files.writeString(migrate, "#!/bin/sh\nexec '" + javaExecutable() + "' -jar '" + CLI_JAR + "' \"$@\"\n");
        Files.setPosixFilePermissions(migrate, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /** Runs a README command line in bash, stdout and stderr together as a terminal shows them. */
    private String run(String line, Path folder, Path launchers) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", line)
                .directory(folder.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        List.of("MIGRATE_URL", "MIGRATE_USER", "MIGRATE_PASSWORD", "MIGRATE_CONFIG")
                .forEach(environment::remove);
        environment.put("PATH", launchers + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("`" + line + "` did not finish within " + COMMAND_TIMEOUT);
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    /** Starts the copy with the README's arguments (on a free port) and waits until it is healthy. */
    private void startApplication(SampleCopy copy, String arguments) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            applicationPort = socket.getLocalPort();
        }
        Path log = temp.resolve("application.log");
        application = new ProcessBuilder(
                        "bash",
                        "-c",
                        "exec '" + javaExecutable() + "' -cp '" + copy.runtimeClassPath()
                                + "' dev.migrate.sample.SampleApplication " + arguments + " --server.port="
                                + applicationPort)
                .directory(copy.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!application.isAlive()) {
                fail("The application stopped:\n" + Files.readString(log));
            }
            try {
                if (get("/actuator/health").contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        fail("The application did not become healthy within " + COMMAND_TIMEOUT + ":\n" + Files.readString(log));
    }

    private void compareJson(String line, String expected) throws Exception {
        Matcher url = LOCAL_URL.matcher(line);
        assertThat(url.find())
                .as("a README curl command asks localhost:8080: " + line)
                .isTrue();
        assertThat(application)
                .as("the README starts the application before " + line)
                .isNotNull();
        Object actual = JsonPath.parse(runSide.of(get(url.group(1)))).json();
        assertThat(actual)
                .as("answer of %s", url.group(1))
                .isEqualTo(JsonPath.parse(readmeSide.of(expected)).json());
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + applicationPort + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private void stopApplication() throws InterruptedException {
        if (application != null) {
            application.destroy();
            if (!application.waitFor(30, TimeUnit.SECONDS)) {
                application.destroyForcibly();
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
