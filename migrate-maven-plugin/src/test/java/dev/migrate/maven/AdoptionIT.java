package dev.migrate.maven;

import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's "Adopting migrate in an existing application", replayed as processes on each database
 * with an application in the shape of a pet clinic (Bean Validation instead of column attributes,
 * an {@code Instant} under {@code preferred_instant_jdbc_type=TIMESTAMP}, a boolean, a join table,
 * a sequence with allocationSize 50): add the starter, first boot, command-mode
 * {@code revision --autogenerate}, boot with {@code ddl-auto=validate}; then the CLI's, command
 * mode's and the Maven plugin's {@code check} are all clean, and after one entity change all three
 * report the same single difference.
 */
class AdoptionIT {

    private static final String MAIN = "com.example.petclinic.PetClinicApplication";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theApplicationTheCliAndThePluginAgreeFromTheFirstBootOn(TestDatabase kind) throws Exception {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            MavenProject app = MavenProject.copy("adoption-app", kind, database);
            Map<String, String> env = app.database();
            MavenProject.Run build = app.mvn("-q", "compile", "dependency:build-classpath",
                    "-Dmdep.outputFile=target/classpath.txt", "-Dmdep.includeScope=runtime");
            assertThat(build.exitCode()).as(build.output()).isZero();
            String classpath = "target/classes" + java.io.File.pathSeparator
                    + Files.readString(app.folder().resolve("target/classpath.txt")).strip();

            MavenProject.Run firstBoot = app.java(env, "-cp", classpath, MAIN);
            assertThat(firstBoot.exitCode()).as("first boot without revisions: " + firstBoot.output()).isZero();
            assertThat(firstBoot.output()).contains("No revisions yet in classpath:db/migrations");

            MavenProject.Run autogenerate = app.java(env, "-cp", classpath, MAIN, "migrate", "revision",
                    "--autogenerate", "-m", "initial schema", "--rev-id", "1a1a1a1a1a01");
            assertThat(autogenerate.exitCode()).as(autogenerate.output()).isZero();
            assertThat(app.folder().resolve("src/main/java/db/migrations")).isDirectory();

            assertThat(app.mvn("-q", "compile").exitCode()).isZero();
            MavenProject.Run validated = app.java(env, "-cp", classpath, MAIN, "--spring.jpa.hibernate.ddl-auto=validate");
            assertThat(validated.exitCode()).as("boot with ddl-auto=validate: " + validated.output()).isZero();
            assertThat(validated.output()).contains("Running upgrade  -> 1a1a1a1a1a01, initial schema");

            List<String> clean = List.of("No new upgrade operations detected.");
            assertThat(checks(app, env, classpath)).containsExactly(clean, clean, clean);

            Path owner = app.folder().resolve("src/main/java/com/example/petclinic/owner/Owner.java");
            Files.writeString(owner, Files.readString(owner).replace("// entity change goes here",
                    "@jakarta.validation.constraints.NotBlank private String telephone;"));
            assertThat(app.mvn("-q", "compile").exitCode()).isZero();
            List<List<String>> drift = checks(app, env, classpath);
            assertThat(drift.get(0)).hasSize(2).startsWith("New upgrade operations detected:");
            assertThat(drift.get(0).get(1)).contains("telephone");
            assertThat(drift).as("the CLI, command mode and the plugin").containsOnly(drift.get(0));
        }
    }

    /** The answer lines of the CLI's, command mode's and the plugin's {@code check}, in that order. */
    private static List<List<String>> checks(MavenProject app, Map<String, String> env, String classpath)
            throws Exception {
        MavenProject.Run cli = app.java(env, "-jar", MavenProject.cliJar().toString(), "check");
        MavenProject.Run commandMode = app.java(env, "-cp", classpath, MAIN, "migrate", "check");
        MavenProject.Run plugin = app.mvn(env, "migrate:check");
        return List.of(answer(cli.output(), ""), answer(commandMode.output(), ""), answer(plugin.output(), "[INFO] "));
    }

    /** The lines of {@code check}'s answer in a process's output (after the prefix a Maven log line has). */
    private static List<String> answer(String output, String prefix) {
        List<String> lines = output.lines().map(l -> l.startsWith(prefix) ? l.substring(prefix.length()) : l).toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("No new upgrade operations detected.")
                    || lines.get(i).startsWith("New upgrade operations detected:")) {
                start = i;
            }
        }
        assertThat(start).as("check's answer in:\n" + output).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("  ")) {
            end++;
        }
        return lines.subList(start, end);
    }
}
