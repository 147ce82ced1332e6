package dev.migrate.maven;

import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of a test project under target/, built by a real {@code mvn} whose local repository is
 * target/it-repo: migrate's own artifacts are placed there from this reactor's build (never
 * installed into the user's repository), everything else is copied on demand from the user's
 * repository (a file remote the settings put first) or, on a fresh machine, from Maven Central.
 */
final class MavenProject {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path REPOSITORY = TARGET.resolve("it-repo");
    private static final String VERSION = System.getProperty("project.version");

    private final Path folder;
    private final Map<String, String> database;
    private int runs;

    private MavenProject(Path folder, Map<String, String> database) {
        this.folder = folder;
        this.database = database;
    }

    /** The CLI's runnable jar, as the reactor built it. */
    static Path cliJar() {
        return TARGET.getParent().getParent().resolve("migrate-cli-dist/target/migrate.jar");
    }

    /** The database as the application (SPRING_DATASOURCE_*) and the CLI (MIGRATE_*) are told it. */
    Map<String, String> database() {
        return database;
    }

    Path folder() {
        return folder;
    }

    /**
     * A fresh copy of the test resource folder {@code name}, pointed at {@code database}; on H2, at
     * a file database in the copy instead, since every {@code mvn} is a new process.
     */
    static MavenProject copy(String name, TestDatabase kind, ScratchDatabase database)
            throws IOException, URISyntaxException {
        return copy(name, null, kind, database);
    }

    /**
     * {@link #copy(String, TestDatabase, ScratchDatabase)} with the files of the test resource folder
     * {@code overlay} (when not null) written over those of {@code name}: another application of the
     * same entities, in a folder named after the overlay.
     */
    static MavenProject copy(String name, String overlay, TestDatabase kind, ScratchDatabase database)
            throws IOException, URISyntaxException {
        installReactorArtifacts();
        Path copy = TARGET.resolve("it")
                .resolve((overlay == null ? name : overlay) + "-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        deleteRecursively(copy);
        String url = kind == TestDatabase.H2 ? "jdbc:h2:file:" + copy.resolve("db/app") : database.url();
        copyResource(name, copy, url, database);
        if (overlay != null) {
            copyResource(overlay, copy, url, database);
        }
        // The user's repository first (a file: remote, so nothing already there is downloaded
        // again), Maven Central after it for what a fresh machine's build never fetched.
        Files.writeString(copy.resolve("settings.xml"), """
                <settings>
                  <localRepository>%1$s</localRepository>
                  <profiles>
                    <profile>
                      <id>users-repository</id>
                      <repositories>
                        <repository><id>users-repository</id><url>%2$s</url></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>users-repository</id><url>%2$s</url></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>users-repository</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(
                        REPOSITORY,
                        Path.of(System.getProperty("settings.localRepository")).toUri()));
        String user = database.user() == null ? "" : database.user();
        String password = database.password() == null ? "" : database.password();
        return new MavenProject(
                copy,
                Map.of(
                        "SPRING_DATASOURCE_URL",
                        url,
                        "SPRING_DATASOURCE_USERNAME",
                        user,
                        "SPRING_DATASOURCE_PASSWORD",
                        password,
                        "MIGRATE_URL",
                        url,
                        "MIGRATE_USER",
                        user,
                        "MIGRATE_PASSWORD",
                        password));
    }

    /** Copies the test resource folder {@code name} into {@code copy}, filling in the placeholders. */
    private static void copyResource(String name, Path copy, String url, ScratchDatabase database)
            throws IOException, URISyntaxException {
        Path source = Path.of(MavenProject.class.getResource("/" + name).toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    String text = Files.readString(file)
                            .replace("@migrate.version@", VERSION)
                            .replace("@datasource.url@", url)
                            .replace("@datasource.user@", database.user() == null ? "" : database.user())
                            .replace("@datasource.password@", database.password() == null ? "" : database.password());
                    Files.writeString(target, text);
                }
            }
        }
    }

    /** Runs {@code mvn -B -s settings.xml ARGUMENTS} in the project folder, without MIGRATE_* from this process. */
    Run mvn(String... arguments) throws IOException, InterruptedException {
        return mvn(Map.of(), arguments);
    }

    /** {@link #mvn(String...)} with these environment variables. */
    Run mvn(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B",
                "-ntp",
                "-s",
                folder.resolve("settings.xml").toString()));
        command.addAll(List.of(arguments));
        Map<String, String> withMaven = new java.util.HashMap<>(environment);
        withMaven.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -Xshare:auto");
        return run(withMaven, command);
    }

    /** Runs {@code java ARGUMENTS} (this JVM's) in the project folder, with these environment variables. */
    Run java(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(List.of(arguments));
        return run(environment, command);
    }

    private Run run(Map<String, String> variables, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("MIGRATE_") || k.startsWith("SPRING_"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(variables);
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        // kept beside the project, for reading a failure after the scratch database is gone
        Files.writeString(folder.resolve("run-" + (++runs) + ".log"), String.join(" ", command) + "\n" + output);
        return new Run(process.exitValue(), output);
    }

    record Run(int exitCode, String output) {}

    /** migrate's parent POM and the plugin's migrate modules, as this reactor built them. */
    private static synchronized void installReactorArtifacts() throws IOException {
        Path root = TARGET.getParent().getParent();
        place("migrate-parent", root.resolve("pom.xml"), null);
        for (String module : List.of(
                "migrate-core", "migrate-cli", "migrate-spring-boot-autoconfigure", "migrate-spring-boot-starter")) {
            place(
                    module,
                    root.resolve(module).resolve("pom.xml"),
                    root.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar"));
        }
        place(
                "migrate-maven-plugin",
                root.resolve("migrate-maven-plugin/pom.xml"),
                Path.of(System.getProperty("plugin.jar")));
    }

    private static void place(String artifactId, Path pom, Path jar) throws IOException {
        Path folder = REPOSITORY.resolve("dev/migrate").resolve(artifactId).resolve(VERSION);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build the reactor with -am up to package");
            }
            Files.copy(jar, folder.resolve(artifactId + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
