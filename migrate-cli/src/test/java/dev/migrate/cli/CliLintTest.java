package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** {@code migrate lint}: pending revisions against the database, offline with --dialect, JSON, exit codes. */
@Execution(ExecutionMode.CONCURRENT) // waits on child processes: two at once, one per core
class CliLintTest {

    @TempDir
    Path project;

    @Test
    void pendingRevisionsAreLintedWithTableSizesAndAnErrorExitsOne() throws Exception {
        try (ProcessDatabase database = ProcessDatabase.create(TestDatabase.POSTGRES, project.resolve("h2db"))) {
            Files.createDirectories(project.resolve("versions"));
            Files.writeString(
                    project.resolve("migrate.properties"),
                    "locations = filesystem:versions\nlint_large_table_rows = 100\n");
            revision("aaaa00000001", "", "CREATE TABLE orders (id INT PRIMARY KEY, note VARCHAR(20));");
            revision("bbbb00000002", "aaaa00000001", "CREATE INDEX ix_orders_note ON orders (note);");
            ProgramProcess cli = database.cli(project);
            assertThat(cli.run("upgrade", "aaaa00000001").exitCode()).isZero();
            database.execute("INSERT INTO orders SELECT g, 'n' FROM generate_series(1, 500) g", "ANALYZE orders");

            Result text = cli.run("lint");
            assertThat(text.exitCode()).as(text.toString()).isEqualTo(1);
            assertThat(text.out())
                    .contains(
                            "Revision bbbb00000002 (",
                            "error [create-index] CREATE INDEX ix_orders_note",
                            "Table orders: about 500 rows.",
                            "Safer: CREATE INDEX CONCURRENTLY",
                            "1 finding, 1 unacknowledged error (postgresql).");
            assertThat(text.out()).doesNotContain("aaaa00000001");

            Result json = cli.run("lint", "--format", "json");
            assertThat(json.exitCode()).isEqualTo(1);
            assertThat(json.out())
                    .startsWith("{\"dialect\":\"postgresql\",\"failed\":true,\"findings\":[{")
                    .contains("\"rule\":\"create-index\"", "\"severity\":\"error\"", "\"rows\":500");
        }
    }

    @Test
    void offlineWithADialectEveryRevisionIsLintedAndUnknownSizesAreWarnings() throws IOException {
        Files.createDirectories(project.resolve("versions"));
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
        revision(
                "aaaa00000001",
                "",
                "ALTER TABLE orders DROP COLUMN note;\nALTER TABLE orders ALTER COLUMN id SET NOT NULL;");

        Result result = CliProcess.fromClassPath(project).run("--dialect", "postgresql", "lint");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out())
                .contains(
                        "warning [drop-column] ALTER TABLE orders DROP COLUMN note",
                        "warning [set-not-null]",
                        "Table orders: size unknown.",
                        "2 findings, 0 unacknowledged errors");
    }

    @Test
    void revisionAutogeneratePrintsLintsFindingsForWhatItWrote() throws Exception {
        try (ProcessDatabase database = ProcessDatabase.create(TestDatabase.POSTGRES, project.resolve("h2db"))) {
            ProgramProcess cli = itemTableOf300RowsAndAnEntityIndexingItsCode(database);

            Result result = cli.run("revision", "--autogenerate", "-m", "index code", "--rev-id", "bbbb00000002");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).startsWith("Generating ");
            assertThat(result.err())
                    .contains(
                            "Lint findings for the new revision",
                            "error [create-index] CREATE INDEX ix_item_code ON item (code)",
                            "Table item: about 300 rows.");
        }
    }

    @Test
    void withSafeAnIndexOnAnExistingTableIsWrittenConcurrentlyInARevisionOfItsOwnThatLintAcceptsAndThatRuns()
            throws Exception {
        try (ProcessDatabase database = ProcessDatabase.create(TestDatabase.POSTGRES, project.resolve("h2db"))) {
            ProgramProcess cli = itemTableOf300RowsAndAnEntityIndexingItsCode(database);

            Result dryRun = cli.run("revision", "--autogenerate", "--safe", "--sql");
            Result result =
                    cli.run("revision", "--autogenerate", "--safe", "-m", "index code", "--rev-id", "bbbb00000002");

            assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
            assertThat(dryRun.out())
                    .contains(
                            "-- revision 1 of 1 (indexes, built concurrently), transactional: false",
                            "CREATE INDEX CONCURRENTLY ix_item_code ON item (code);");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.err()).doesNotContain("Lint findings");
            try (var files = Files.list(project.resolve("versions"))) {
                Path written = files.filter(f -> f.toString().contains("bbbb00000002"))
                        .findFirst()
                        .orElseThrow();
                assertThat(Files.readString(written))
                        .contains(
                                "-- transactional: false",
                                "CREATE INDEX CONCURRENTLY ix_item_code ON item (code);",
                                "DROP INDEX CONCURRENTLY ix_item_code;");
            }
            Result upgrade = cli.run("upgrade", "heads");
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(cli.run("check").exitCode()).isZero();
            assertThat(cli.run("revision", "--safe", "-m", "x").err())
                    .contains("--safe is only used with --autogenerate");
        }
    }

    @Test
    void withThePreviousReleasesClassesADropOfAColumnItStillMapsIsAnErrorAndOfOneItNoLongerMapsInfo() throws Exception {
        try (ProcessDatabase database = ProcessDatabase.create(TestDatabase.POSTGRES, project.resolve("h2db"))) {
            Files.createDirectories(project.resolve("versions"));
            Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
            revision("aaaa00000001", "", "CREATE TABLE orders (id BIGINT PRIMARY KEY, note VARCHAR(20), memo TEXT);");
            revision(
                    "bbbb00000002",
                    "aaaa00000001",
                    "ALTER TABLE orders DROP COLUMN note;\nALTER TABLE orders RENAME COLUMN memo TO remark;");
            ProgramProcess cli = database.cli(project);
            assertThat(cli.run("upgrade", "aaaa00000001").exitCode()).isZero();
            previousRelease("release-1", "@Column private String note; @Column private String memo;");
            previousRelease("release-2", "@Column private String memo;");

            Result stillMapped = cli.run("lint", "--previous-classpath", "release-1", "--entities", "shop.model");
            Result noLongerMapped = cli.run("lint", "--previous-classpath", "release-2", "--entities", "shop.model");
            Result withoutModel = cli.run("lint");

            assertThat(stillMapped.exitCode()).as(stillMapped.toString()).isEqualTo(1);
            assertThat(stillMapped.out())
                    .contains(
                            "error [drop-column] ALTER TABLE orders DROP COLUMN note",
                            "The previous release's entities still map orders.note.",
                            "error [rename-column] ALTER TABLE orders RENAME COLUMN memo TO remark",
                            "2 findings, 2 unacknowledged errors (postgresql).");
            assertThat(noLongerMapped.exitCode()).as(noLongerMapped.toString()).isEqualTo(1);
            assertThat(noLongerMapped.out())
                    .contains(
                            "info [drop-column] ALTER TABLE orders DROP COLUMN note",
                            "The previous release's entities no longer map orders.note: safe to remove.",
                            "error [rename-column]",
                            "2 findings, 1 unacknowledged error");
            assertThat(withoutModel.exitCode()).as(withoutModel.toString()).isZero();
            assertThat(withoutModel.out())
                    .contains("warning [drop-column]", "warning [rename-column]", "0 unacknowledged errors");
        }
    }

    @Test
    void offlineThePreviousModelIsMappedForTheGivenDialectAndItsPackagesMustBeNamed() throws Exception {
        Files.createDirectories(project.resolve("versions"));
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
        revision("aaaa00000001", "", "ALTER TABLE orders DROP COLUMN note;");
        previousRelease("release-2", "@Column private String memo;");

        Result info = CliProcess.fromClassPath(project)
                .run("--dialect", "mariadb", "lint", "--previous-classpath", "release-2", "--entities", "shop.model");
        Result noPackages = CliProcess.fromClassPath(project)
                .run("--dialect", "mariadb", "lint", "--previous-classpath", "release-2");
        Result missing = CliProcess.fromClassPath(project)
                .run("--dialect", "mariadb", "lint", "--previous-classpath", "release-9", "--entities", "shop.model");
        Result wrongPackage = CliProcess.fromClassPath(project)
                .run("--dialect", "mariadb", "lint", "--previous-classpath", "release-2", "--entities", "shop.other");

        assertThat(info.exitCode()).as(info.toString()).isZero();
        assertThat(info.out()).contains("info [drop-column] ALTER TABLE orders DROP COLUMN note", "(mariadb)");
        assertThat(noPackages.exitCode()).isNotZero();
        assertThat(noPackages.err()).contains("--previous-classpath", "--entities PACKAGE");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("--previous-classpath: ", "release-9 does not exist");
        assertThat(wrongPackage.exitCode()).isNotZero();
        assertThat(wrongPackage.err())
                .contains("The previous release's model (--previous-classpath release-2)", "No @Entity classes");
    }

    /**
     * The previous release as its Spring Boot jar: the entity under BOOT-INF/classes, the
     * {@code @MappedSuperclass} that maps orders.note in a library jar under BOOT-INF/lib, so the
     * column is found only when both are read.
     */
    @Test
    void thePreviousReleaseMayBeItsSpringBootJarWithItsLibrariesInside() throws Exception {
        Files.createDirectories(project.resolve("versions"));
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
        revision("aaaa00000001", "", "ALTER TABLE orders DROP COLUMN note;");
        Path source = Files.createDirectories(project.resolve("src-boot"));
        Files.createDirectories(source.resolve("shop/base"));
        Files.createDirectories(source.resolve("shop/model"));
        Files.writeString(source.resolve("shop/base/Audited.java"), """
                package shop.base;

                @jakarta.persistence.MappedSuperclass
                public abstract class Audited {
                    @jakarta.persistence.Column private String note;
                }
                """);
        Files.writeString(source.resolve("shop/model/Order.java"), """
                package shop.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders")
                public class Order extends shop.base.Audited {
                    @Id private Long id;
                }
                """);
        Path classes = project.resolve("boot-classes");
        Javac.compile(
                classes,
                java.util.List.of(source.resolve("shop/base/Audited.java"), source.resolve("shop/model/Order.java")));
        Path library = project.resolve("base.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(library))) {
            add(jar, "shop/base/Audited.class", Files.readAllBytes(classes.resolve("shop/base/Audited.class")));
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Main-Class", "org.springframework.boot.loader.launch.JarLauncher");
        manifest.getMainAttributes().putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        manifest.getMainAttributes().putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        try (JarOutputStream jar =
                new JarOutputStream(Files.newOutputStream(project.resolve("shop-1.4.jar")), manifest)) {
            add(
                    jar,
                    "BOOT-INF/classes/shop/model/Order.class",
                    Files.readAllBytes(classes.resolve("shop/model/Order.class")));
            add(jar, "BOOT-INF/lib/base.jar", Files.readAllBytes(library));
        }

        Result result = CliProcess.fromClassPath(project)
                .run(
                        "--dialect",
                        "postgresql",
                        "lint",
                        "--previous-classpath",
                        "shop-1.4.jar",
                        "--entities",
                        "shop.model");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.out())
                .contains(
                        "error [drop-column] ALTER TABLE orders DROP COLUMN note",
                        "The previous release's entities still map orders.note.");
    }

    private static void add(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }

    /** The classes of a release whose entity {@code shop.model.Order} maps table orders with {@code fields}. */
    private void previousRelease(String folder, String fields) throws Exception {
        Path source = Files.createDirectories(project.resolve("src-" + folder + "/shop/model"));
        Files.writeString(source.resolve("Order.java"), """
                package shop.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id private Long id;
                    %s
                }
                """.formatted(fields));
        Javac.compile(project.resolve(folder), java.util.List.of(source.resolve("Order.java")));
    }

    /**
     * A project whose revision made table item (300 rows, analyzed) and upgraded, and whose entity
     * now indexes item.code, the index autogenerate will add; large tables start at 100 rows.
     */
    private ProgramProcess itemTableOf300RowsAndAnEntityIndexingItsCode(ProcessDatabase database) throws Exception {
        Files.createDirectories(project.resolve("versions"));
        Files.createDirectories(project.resolve("classes"));
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:versions
                version_locations = versions
                classpath = classes
                entities = shop.model
                lint_large_table_rows = 100
                """);
        revision("aaaa00000001", "", "CREATE TABLE item (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20));");
        ProgramProcess cli = database.cli(project);
        assertThat(cli.run("upgrade", "heads").exitCode()).isZero();
        database.execute("INSERT INTO item SELECT g, 'c' FROM generate_series(1, 300) g", "ANALYZE item");
        Path model = Files.createDirectories(project.resolve("src/shop/model"));
        Files.writeString(model.resolve("Item.java"), """
                package shop.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "item", indexes = @Index(name = "ix_item_code", columnList = "code"))
                public class Item {
                    @Id private Long id;
                    @Column(length = 20) private String code;
                }
                """);
        Javac.compile(project.resolve("classes"), java.util.List.of(model.resolve("Item.java")));
        return cli;
    }

    private void revision(String id, String down, String upgrade) throws IOException {
        Files.writeString(
                project.resolve("versions/" + id + ".sql"),
                "-- revision: " + id + "\n-- down_revision: " + down + "\n-- migrate:upgrade\n" + upgrade
                        + "\n-- migrate:downgrade\n");
    }
}
