package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plugin as a user runs it: a real {@code mvn} builds a small project (an entity with Bean
 * Validation and an {@code Instant} under {@code preferred_instant_jdbc_type=TIMESTAMP}, the database
 * in its application.properties) against a local repository under target/, on each database:
 * {@code mvn verify} fails on drift (check bound to verify), {@code migrate:revision -Dautogenerate}
 * writes the Java revision, {@code migrate:upgrade} applies it, {@code verify} passes, and
 * {@code current}, {@code history} and {@code downgrade} answer as the CLI does; {@code -Dmigrate.safe}
 * writes a NOT NULL column on the existing table as chained expand/backfill/contract revisions.
 */
class MavenPluginIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    @Execution(ExecutionMode.CONCURRENT) // waits on mvn: two at once, one per core
    void checkFailsTheBuildRevisionWritesTheRevisionUpgradeAppliesItAndVerifyPasses(TestDatabase kind)
            throws Exception {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            MavenProject app = MavenProject.copy("it-app", kind, database);

            MavenProject.Run drift = app.mvn("verify");
            assertThat(drift.exitCode()).as(drift.output()).isNotZero();
            assertThat(drift.output())
                    .contains("[INFO] New upgrade operations detected:")
                    .contains("table 'owner'")
                    .contains("migrate check failed")
                    .contains("BUILD FAILURE");

            MavenProject.Run revision = app.mvn(
                    "compile",
                    "migrate:revision",
                    "-Dautogenerate",
                    "-Dmessage=create owner",
                    "-Dmigrate.revId=0a0a0a0a0a01");
            assertThat(revision.exitCode()).as(revision.output()).isZero();
            Path written = onlyRevision(app.folder().resolve("src/main/java/db/migrations"));
            String source = Files.readString(written);
            assertThat(source)
                    .as("Bean Validation: @NotBlank @Size(max = 30)")
                    .contains("column(\"last_name\", varchar(30)).notNull()")
                    .as("preferred_instant_jdbc_type=TIMESTAMP")
                    .contains("column(\"registered_at\", timestamp(")
                    .as("migrate.revision-indent=tab")
                    .contains("\n\tpublic void upgrade(Operations op) {");

            MavenProject.Run upgrade = app.mvn("compile", "migrate:upgrade");
            assertThat(upgrade.exitCode()).as(upgrade.output()).isZero();
            assertThat(upgrade.output()).contains("Running upgrade  -> 0a0a0a0a0a01, create owner");

            MavenProject.Run verify = app.mvn("verify");
            assertThat(verify.exitCode()).as(verify.output()).isZero();
            assertThat(verify.output()).contains("[INFO] No new upgrade operations detected.");

            MavenProject.Run current = app.mvn("migrate:current");
            assertThat(current.output()).contains("[INFO] 0a0a0a0a0a01 (head)");
            MavenProject.Run history = app.mvn("migrate:history");
            assertThat(history.output()).contains("[INFO] <base> -> 0a0a0a0a0a01 (head), create owner");

            // -Dmigrate.safe: a NOT NULL column on a table that exists comes as expand, backfill, contract
            Path owner = app.folder().resolve("src/main/java/com/example/petclinic/owner/Owner.java");
            Files.writeString(
                    owner,
                    Files.readString(owner)
                            .replace(
                                    "private boolean active;",
                                    "private boolean active;\n\n    @NotBlank\n    private String city;"));
            MavenProject.Run safe = app.mvn(
                    "compile",
                    "migrate:revision",
                    "-Dautogenerate",
                    "-Dmigrate.safe",
                    "-Dmessage=add city",
                    "-Dmigrate.revId=0a0a0a0a0a02");
            assertThat(safe.exitCode()).as(safe.output()).isZero();
            List<String> safeRevisions = revisionSources(app.folder().resolve("src/main/java/db/migrations")).stream()
                    .filter(text -> !text.contains("create owner"))
                    .toList();
            assertThat(safeRevisions).as(safe.output()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(String.join("\n", safeRevisions))
                    .contains("0a0a0a0a0a02")
                    .contains("// WARNING: TODO: write the value of owner.city for existing rows");

            MavenProject.Run downgrade = app.mvn("migrate:downgrade", "-Dmigrate.target=base");
            assertThat(downgrade.exitCode()).as(downgrade.output()).isZero();
            assertThat(app.mvn("migrate:current").output()).doesNotContain("0a0a0a0a0a01");
        }
    }

    private static List<String> revisionSources(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
            return sources;
        }
    }

    private static Path onlyRevision(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> revisions =
                    files.filter(f -> f.toString().endsWith(".java")).toList();
            assertThat(revisions).hasSize(1);
            return revisions.get(0);
        }
    }
}
