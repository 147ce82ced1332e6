package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code migrate fleet …} as a user runs it: tenants from a file, the table, JSON, exit codes, masking. */
@Timeout(180)
class FleetCliTest {

    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB"})
    void upgradesTheTenantsOfAFileAndReportsEachOne(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            List<String> tenants = createTenants(db, 20);
            try {
                writeProject(db);
                Files.writeString(
                        project.resolve("tenants.txt"), "# our customers\n" + String.join("\n", tenants) + "\n");
                String broken = tenants.get(4);
                db.execute("CREATE TABLE " + broken + ".item (id INT)");
                InProcessCli cli = new InProcessCli(project);

                Result dry = cli.run("fleet", "upgrade", "heads", "--tenants-file", "tenants.txt", "--dry-run");
                assertThat(dry.exitCode()).as(dry.toString()).isZero();
                assertThat(dry.out())
                        .contains(tenants.get(0))
                        .contains("would run r1, r2")
                        .contains("at r2: 20 tenant(s)");

                Result stopped =
                        cli.run("fleet", "upgrade", "heads", "--tenants-file", "tenants.txt", "--parallel", "4");
                assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(1);
                assertThat(stopped.out())
                        .containsPattern("(?m)^TENANT +FROM +TO +STEPS +TIME +RESULT$")
                        .contains("FAILED " + broken + ": ")
                        .contains("skipped");

                Result all = cli.run(
                        "fleet",
                        "upgrade",
                        "heads",
                        "--tenants-file",
                        "tenants.txt",
                        "--parallel",
                        "4",
                        "--continue-on-error",
                        "--format",
                        "json");
                assertThat(all.exitCode()).as(all.toString()).isEqualTo(1);
                assertThat(all.out().strip())
                        .startsWith("{\"command\":\"upgrade\",\"target\":\"heads\"")
                        .endsWith("]}")
                        .contains(
                                "\"failed\":1",
                                "\"skipped\":0",
                                "\"tenantsPerRevision\":{\"r2\":19}",
                                "{\"tenant\":\"" + broken + "\",\"result\":\"failed\"");

                db.execute("DROP TABLE " + broken + ".item");
                Result resumed =
                        cli.run("fleet", "upgrade", "heads", "--tenants-file", "tenants.txt", "--parallel", "4");
                assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
                assertThat(resumed.out()).containsPattern("(?m)^" + broken + " +base +r2 +2 ");
                assertThat(resumed.out())
                        .contains("20 succeeded, 0 failed, 0 skipped")
                        .contains("at r2: 20 tenant(s)");

                Result check = cli.run("fleet", "check", "--tenants-file", "tenants.txt", "--parallel", "4");
                assertThat(check.exitCode()).as(check.toString()).isZero();
                Result status = cli.run(
                        "fleet",
                        "status",
                        "--tenants-pattern",
                        tenants.get(0).substring(0, 11) + "%",
                        "--format",
                        "json");
                assertThat(status.out()).contains("\"tenantsPerRevision\":{\"r2\":20}");
            } finally {
                dropTenants(db, tenants);
            }
        }
    }

    @Test
    void tenantUrlsKeepTheirPasswordsOutOfEveryReport() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            writeProject(db);
            // PostgreSQL here trusts local connections, so the password is sent but not needed
            String withPassword = db.url() + "&password=Sup3rSecret";
            Files.writeString(
                    project.resolve("tenants.txt"), withPassword + "\n" + "no_such_schema_" + db.name() + "\n");
            Result result = new InProcessCli(project)
                    .run(
                            "fleet",
                            "upgrade",
                            "heads",
                            "--tenants-file",
                            "tenants.txt",
                            "--continue-on-error",
                            "--format",
                            "json");
            assertThat(result.all()).doesNotContain("Sup3rSecret").contains("password=***");
            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.out()).contains("\"failed\":1");
        }
    }

    @Test
    void migratePropertiesNamesTheTenantsAndTheCommandLineWins() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            List<String> tenants = createTenants(db, 7);
            try {
                writeProject(db);
                // in a folder of its own, so that tenants_file is read relative to the file, not the working directory
                Path config = Files.createDirectories(project.resolve("config"));
                Files.writeString(
                        config.resolve("migrate.properties"),
                        "url = " + db.url() + "\nlocations = filesystem:../versions\n"
                                + "tenants_file = tenants.txt\ntenants_parallel = 3\ntenants_continue_on_error = true\n");
                Files.writeString(config.resolve("tenants.txt"), String.join("\n", tenants.subList(0, 6)) + "\n");
                String broken = tenants.get(1);
                db.execute("CREATE TABLE " + broken + ".item (id INT)");
                InProcessCli cli = new InProcessCli(project);

                Result configured = cli.run("-c", "config/migrate.properties", "fleet", "upgrade", "heads");
                assertThat(configured.exitCode()).as(configured.toString()).isEqualTo(1);
                assertThat(configured.out())
                        .contains("6 tenant(s) of 6")
                        .contains("5 succeeded, 1 failed, 0 skipped")
                        .contains("(parallel 3,");

                Result flags = cli.run(
                        "-c",
                        "config/migrate.properties",
                        "fleet",
                        "upgrade",
                        "heads",
                        "--parallel",
                        "1",
                        "--no-continue-on-error");
                assertThat(flags.exitCode()).as(flags.toString()).isEqualTo(1);
                assertThat(flags.out())
                        .contains("1 succeeded, 1 failed, 4 skipped")
                        .contains("(parallel 1,");

                Result pattern = cli.run(
                        "-c",
                        "config/migrate.properties",
                        "fleet",
                        "current",
                        "--tenants-pattern",
                        tenants.get(0).substring(0, 11) + "%");
                assertThat(pattern.out()).as(pattern.toString()).contains("7 tenant(s) of 7");

                Result twoSources =
                        cli.run("-c", "config/migrate.properties", "-x", "tenants_pattern=t_%", "fleet", "current");
                assertThat(twoSources.exitCode()).isEqualTo(2);
                assertThat(twoSources.err()).contains("names 2 tenant sources");

                Result badParallel =
                        cli.run("-c", "config/migrate.properties", "-x", "tenants_parallel=many", "fleet", "current");
                assertThat(badParallel.exitCode()).isEqualTo(2);
                assertThat(badParallel.err()).contains("tenants_parallel = many given by -x is not valid");
            } finally {
                dropTenants(db, tenants);
            }
        }
    }

    @Test
    void badInputSaysWhatToGive() {
        InProcessCli cli = new InProcessCli(project);
        Result noSource = cli.run("fleet", "current");
        assertThat(noSource.exitCode()).isEqualTo(2);
        assertThat(noSource.err()).contains("exactly one tenant source");
        Result noTarget = cli.run("fleet", "upgrade", "--tenants-pattern", "t_%");
        assertThat(noTarget.exitCode()).isEqualTo(2);
        assertThat(noTarget.err()).contains("fleet upgrade needs a REVISION");
        Result badShard = cli.run("fleet", "current", "--tenants-pattern", "t_%", "--shard", "3/3");
        assertThat(badShard.exitCode()).isEqualTo(2);
        assertThat(badShard.err()).contains("0 <= i < n");
    }

    private void writeProject(ScratchDatabase db) throws Exception {
        Files.createDirectories(project.resolve("versions"));
        Files.writeString(
                project.resolve("migrate.properties"), "url = " + db.url() + "\nlocations = filesystem:versions\n");
        Files.writeString(
                project.resolve("versions/r1.sql"),
                "-- revision: r1\n-- migrate:upgrade\n"
                        + "CREATE TABLE item (id INT PRIMARY KEY);\n-- migrate:downgrade\nDROP TABLE item;\n");
        Files.writeString(
                project.resolve("versions/r2.sql"),
                "-- revision: r2\n-- down_revision: r1\n-- migrate:upgrade\n"
                        + "ALTER TABLE item ADD COLUMN name VARCHAR(20);\n-- migrate:downgrade\nALTER TABLE item DROP COLUMN name;\n");
    }

    static List<String> createTenants(ScratchDatabase db, int count) {
        String prefix = "fc"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT) + "_";
        List<String> tenants = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = prefix + String.format("%03d", i);
            tenants.add(name);
            statements.add((db.kind() == TestDatabase.MARIADB ? "CREATE DATABASE " : "CREATE SCHEMA ") + name);
        }
        db.execute(statements.toArray(String[]::new));
        return tenants;
    }

    static void dropTenants(ScratchDatabase db, List<String> tenants) {
        if (db.kind() == TestDatabase.MARIADB) {
            tenants.forEach(tenant -> db.execute("DROP DATABASE IF EXISTS " + tenant));
            return;
        }
        // one statement per 50 schemas: one at a time, 300 drops took most of a minute on a loaded machine
        for (int from = 0; from < tenants.size(); from += 50) {
            db.execute("DROP SCHEMA IF EXISTS "
                    + String.join(", ", tenants.subList(from, Math.min(from + 50, tenants.size()))) + " CASCADE");
        }
    }
}
