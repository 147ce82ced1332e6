package dev.migrate.cli.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged program: target/migrate.jar and the migrate launcher beside it, run after `package`. */
class MigrateJarIT {

    private static final Path JAR = Path.of("target", "migrate.jar").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("target", "migrate").toAbsolutePath();

    @TempDir
    Path project;

    @Test
    void theJarRunsWithJavaDashJar() {
        Result version = ProgramProcess.fromJar(JAR, project).run("--version");
        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.out()).startsWith("migrate ");
    }

    @Test
    void theLauncherBesideTheJarRunsIt() {
        assertThat(Files.isExecutable(LAUNCHER)).as(LAUNCHER + " is executable").isTrue();
        Result result = launcher(project.resolve("cache")).run("list_templates");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Available templates:");
    }

    @Test
    void theFirstCommandThatReadsRevisionsWritesAClassArchiveThatLaterRunsMap() throws IOException {
        Path cache = project.resolve("cache");
        Path classLog = project.resolve("classes.log");
        ProgramProcess launcher = launcher(cache);
        // --version reads no revision: its classes would make a poor archive for the commands that do
        assertThat(launcher.run("--version").exitCode()).isZero();
        assertThat(cache).doesNotExist();

        Result first = launcher.run(current());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).isEmpty();
        List<Path> archives = archives(cache);
        assertThat(archives).hasSize(1);

        Result second =
                launcher.env("JAVA_OPTS", "-Xlog:class+load:file=" + classLog).run(current());
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo("Current revision(s) for jdbc:h2:mem:launcher:\n");
        assertThat(second.err()).isEmpty();
        assertThat(Files.readString(classLog))
                .containsPattern("dev\\.migrate\\.cli\\.MigrateCli source: shared objects file")
                // picocli's classes are too old for Java 17's dynamic archives; the launcher's static one holds them
                .containsPattern("picocli\\.CommandLine source: shared objects file");
        assertThat(archives(cache)).isEqualTo(archives);
    }

    @Test
    void anArchiveWrittenByACommandThatDoesNotConnectIsWrittenAgainByTheFirstThatDoes() throws IOException {
        Path cache = project.resolve("cache");
        Path classLog = project.resolve("classes.log");
        ProgramProcess launcher = launcher(cache);
        String[] heads = {"-x", "locations=filesystem:" + project, "heads"};
        assertThat(launcher.run(heads).exitCode()).isZero();
        assertThat(archives(cache)).hasSize(1);

        // heads never loaded a driver: the first command that connects writes an archive that holds one
        Result first = launcher.run(current());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).isEmpty();
        List<Path> archives = archives(cache);
        assertThat(archives).hasSize(1);

        Result again =
                launcher.env("JAVA_OPTS", "-Xlog:class+load:file=" + classLog).run(current());
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(Files.readString(classLog)).containsPattern("org\\.h2\\.Driver source: shared objects file");
        Result headsAgain = launcher.run(heads);
        assertThat(headsAgain.exitCode()).as(headsAgain.toString()).isZero();
        assertThat(archives(cache)).as("written once").isEqualTo(archives);
    }

    /** The launcher in the test's project, writing its archives into {@code cache}. */
    private ProgramProcess launcher(Path cache) {
        return ProgramProcess.fromCommand(List.of(LAUNCHER.toString()), project)
                .env("MIGRATE_CACHE_DIR", cache.toString());
    }

    private String[] current() {
        return new String[] {"--url", "jdbc:h2:mem:launcher", "-x", "locations=filesystem:" + project, "current", "-v"};
    }

    @Test
    void anArchiveTheRuntimeCannotUseIsIgnoredSilently() throws IOException {
        Path cache = project.resolve("cache");
        ProgramProcess launcher = launcher(cache);
        assertThat(launcher.run(current()).exitCode()).isZero();
        Path archive = archives(cache).get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[4096]);

        Result result = launcher.run("--version");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("migrate ");
        assertThat(result.err()).isEmpty();
    }

    private static List<Path> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.toList();
        }
    }

    @Test
    void theJarBundlesTheFourDrivers() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String driver : List.of(
                    "org/postgresql/Driver.class",
                    "org/mariadb/jdbc/Driver.class",
                    "org/h2/Driver.class",
                    "org/sqlite/JDBC.class",
                    "picocli/CommandLine.class",
                    "dev/migrate/Migrate.class",
                    "dev/migrate/internal/command/templates/script.sql.template")) {
                assertThat(jar.getEntry(driver)).as(driver).isNotNull();
            }
            try (InputStream services = jar.getInputStream(jar.getEntry("META-INF/services/java.sql.Driver"))) {
                assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8))
                        .contains(
                                "org.postgresql.Driver", "org.mariadb.jdbc.Driver", "org.h2.Driver", "org.sqlite.JDBC");
            }
        }
    }

    @Test
    void theBundledSqliteDriverConnects() {
        Result current = ProgramProcess.fromJar(JAR, project)
                .run(
                        "--url",
                        "jdbc:sqlite:" + project.resolve("app.sqlite"),
                        "-x",
                        "locations=filesystem:" + project,
                        "current",
                        "-v");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out())
                .isEqualTo("Current revision(s) for jdbc:sqlite:" + project.resolve("app.sqlite") + ":\n");
    }

    @Test
    void aProjectUpgradesOnH2ThroughTheJar() throws IOException {
        ProgramProcess cli = ProgramProcess.fromJar(JAR, project);
        assertThat(cli.run("-q", "init", "migrations").exitCode()).isZero();
        Result revision = cli.run("-q", "revision", "-m", "create account", "--rev-id", "aaaa00000001");
        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        Path file;
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            file = files.findFirst().orElseThrow();
        }
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "-- migrate:upgrade\n",
                                "-- migrate:upgrade\nCREATE TABLE account (id INT PRIMARY KEY);\n")
                        .replace("-- migrate:downgrade\n", "-- migrate:downgrade\nDROP TABLE account;\n"));
        String url = "jdbc:h2:file:" + project.resolve("h2");
        Result upgrade = cli.run("--url", url, "upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).contains("INFO  [migrate.runtime] Running upgrade  -> aaaa00000001, create account");
        assertThat(cli.run("--url", url, "current").out()).isEqualTo("aaaa00000001 (head)\n");
    }
}
