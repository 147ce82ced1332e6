package dev.migrate.cli;

import dev.migrate.cli.CliProcess.Result;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} and {@code revision --autogenerate} as a user runs them on an H2 file database,
 * with an entity compiled into a classpath folder of the project.
 */
class CliAutogenerateTest {

    @TempDir
    Path project;

    @Test
    void checkFindsTheMissingTableRevisionWritesItAndCheckIsCleanAfterUpgrade() throws Exception {
        CliProcess cli = projectWithEntity("revision_format = sql");

        Result drift = cli.run("check", "--entities", "shop.model");
        assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
        assertThat(drift.out()).startsWith("New upgrade operations detected:").contains("customer");
        assertThat(drift.err()).as("Hibernate's start-up notes stay out of the output").doesNotContain("HHH");

        Result revision = cli.run("revision", "--autogenerate", "-m", "add customer", "--entities", "shop.model");
        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        List<Path> files = revisionFiles();
        assertThat(files).hasSize(1);
        assertThat(revision.out()).isEqualTo("Generating " + files.get(0).toAbsolutePath() + " ...  done\n");
        assertThat(Files.readString(files.get(0))).containsIgnoringCase("create table customer");

        Result upgrade = cli.run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();

        Result clean = cli.run("check", "--entities", "shop.model");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.out()).isEqualTo("No new upgrade operations detected.\n");

        Result nothing = cli.run("revision", "--autogenerate", "-m", "again", "--entities", "shop.model");
        assertThat(nothing.exitCode()).as(nothing.toString()).isZero();
        assertThat(nothing.out()).isEqualTo("No changes in schema detected.\n");
        assertThat(revisionFiles()).hasSize(1);
    }

    @Test
    void theDryRunPrintsOnlyTheUpgradeSqlWritesNoFileAndThatSqlBringsTheDatabaseToTheEntities() throws Exception {
        CliProcess cli = projectWithEntity("entities = shop.model");
        String url = "jdbc:h2:file:" + project.resolve("h2db");

        Result dryRun = cli.run("revision", "--autogenerate", "-m", "test", "--sql");
        assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
        assertThat(dryRun.out()).startsWith("CREATE TABLE customer (").doesNotContain("Generating");
        assertThat(dryRun.err()).isEmpty();
        assertThat(revisionFiles()).as("a dry run writes no file").isEmpty();

        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (String sql : dryRun.out().split(";\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        Result clean = cli.run("check");
        assertThat(clean.exitCode()).as(clean.toString()).isZero();

        Result nothing = cli.run("revision", "--autogenerate", "-m", "test", "--sql");
        assertThat(nothing.exitCode()).as(nothing.toString()).isZero();
        assertThat(nothing.out()).isEmpty();
        assertThat(nothing.err()).isEqualTo("No changes in schema detected.\n");
    }

    @Test
    void sqlWithoutAutogenerateIsAUsageError() throws Exception {
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("migrate.properties"), "version_locations = migrations/versions\n");
        Result result = CliProcess.fromClassPath(project).run("revision", "-m", "x", "--sql");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("--autogenerate");
        assertThat(revisionFiles()).isEmpty();
    }

    @Test
    void classesBesideTheEntitiesWhoseDependenciesAreMissingAreNotLoaded() throws Exception {
        compileEntity();
        // a repository-like class whose interface is not on the CLI's class path, as a Spring Data repository is
        compile(project.resolve("src/shop/model/CustomerRepository.java"), """
                package shop.model;

                public interface CustomerRepository extends shop.store.Repository {
                }
                """, project.resolve("src/shop/store/Repository.java"), """
                package shop.store;

                public interface Repository {
                }
                """);
        deleteRecursively(project.resolve("entities/shop/store"));
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:migrations/versions
                classpath = entities
                """);
        Result drift = CliProcess.fromClassPath(project).env("MIGRATE_URL", "jdbc:h2:file:" + project.resolve("h2db"))
                .run("check", "--entities", "shop.model");
        assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
        assertThat(drift.out()).startsWith("New upgrade operations detected:").contains("customer");
    }

    @Test
    void checkWithoutEntitiesSaysHowToNameThem() throws Exception {
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:migrations/versions\n");
        Files.createDirectories(project.resolve("migrations/versions"));
        Result result = CliProcess.fromClassPath(project)
                .env("MIGRATE_URL", "jdbc:h2:file:" + project.resolve("h2db")).run("check");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("--entities");
    }

    /** A project on an H2 file database with the entity compiled into entities/ and one more setting. */
    private CliProcess projectWithEntity(String setting) throws Exception {
        compileEntity();
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:migrations/versions
                version_locations = migrations/versions
                classpath = entities
                """ + setting + "\n");
        return CliProcess.fromClassPath(project).env("MIGRATE_URL", "jdbc:h2:file:" + project.resolve("h2db"));
    }

    private List<Path> revisionFiles() throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            return files.filter(f -> f.toString().endsWith(".sql")).toList();
        }
    }

    private void compileEntity() throws Exception {
        compile(project.resolve("src/shop/model/Customer.java"), """
                package shop.model;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;

                @Entity
                public class Customer {
                    @Id
                    private Long id;
                    private String name;
                }
                """);
    }

    /** Compiles sources (path, text, path, text …) into the project's entities folder. */
    private void compile(Object... pathsAndTexts) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of("-d", project.resolve("entities").toString(),
                "-cp", Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path source = (Path) pathsAndTexts[i];
            Files.createDirectories(source.getParent());
            Files.writeString(source, (String) pathsAndTexts[i + 1]);
            arguments.add(source.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as(errors.toString()).isZero();
    }

    private static void deleteRecursively(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
