package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    @Execution(ExecutionMode.CONCURRENT) // waits on mvn and the app: two at once, one per core
    void theApplicationTheCliAndThePluginAgreeFromTheFirstBootOn(TestDatabase kind) throws Exception {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            MavenProject app = MavenProject.copy("adoption-app", kind, database);
            Map<String, String> env = app.database();
            String classpath = build(app);

            MavenProject.Run firstBoot = app.java(env, "-cp", classpath, MAIN);
            assertThat(firstBoot.exitCode())
                    .as("first boot without revisions: " + firstBoot.output())
                    .isZero();
            assertThat(firstBoot.output()).contains("No revisions yet in classpath:db/migrations");

            MavenProject.Run autogenerate = app.java(
                    env,
                    "-cp",
                    classpath,
                    MAIN,
                    "migrate",
                    "revision",
                    "--autogenerate",
                    "-m",
                    "initial schema",
                    "--rev-id",
                    "1a1a1a1a1a01");
            assertThat(autogenerate.exitCode()).as(autogenerate.output()).isZero();
            assertThat(app.folder().resolve("src/main/java/db/migrations")).isDirectory();

            bootValidatedThenChecksAgree(app, env, classpath, "Running upgrade  -> 1a1a1a1a1a01, initial schema");
        }
    }

    /**
     * The pet clinic's own way: {@code schema.sql} per database and {@code data.sql} run on every
     * start ({@code spring.sql.init.mode=always}). With the starter, the application refuses to
     * start, naming the property; {@code migrate baseline --data} in command mode adopts the
     * database the scripts built, with its seed rows, and the scripts are switched off.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    @Execution(ExecutionMode.CONCURRENT) // waits on mvn and the app: two at once, one per core
    void aDatabaseThatSchemaSqlBuiltIsAdoptedWithBaseline(TestDatabase kind) throws Exception {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            MavenProject app = MavenProject.copy("adoption-app", "adoption-app-schema-sql", kind, database);
            Map<String, String> env = new HashMap<>(app.database());
            env.put(
                    "DATABASE",
                    kind == TestDatabase.POSTGRES ? "postgres" : kind.name().toLowerCase(Locale.ROOT));
            String classpath = build(app);

            // the application as it ran before adopting migrate: Boot's scripts build and fill the database
            MavenProject.Run before = app.java(env, "-cp", classpath, MAIN, "--migrate.enabled=false");
            assertThat(before.exitCode())
                    .as("boot before adopting migrate: " + before.output())
                    .isZero();

            // the application's own configuration only: with MIGRATE_URL (the CLI's) migrate would have a
            // database of its own, which Boot's scripts do not touch, and nothing to refuse
            Map<String, String> application = new HashMap<>(env);
            application.keySet().removeIf(name -> name.startsWith("MIGRATE_"));
            MavenProject.Run refused = app.java(application, "-cp", classpath, MAIN);
            assertThat(refused.exitCode()).as(refused.output()).isNotZero();
            assertThat(refused.output())
                    .contains(
                            "spring.sql.init would run",
                            "db/" + env.get("DATABASE") + "/schema.sql",
                            "spring.sql.init.schema-locations= (empty)");

            MavenProject.Run baseline = app.java(
                    env,
                    "-cp",
                    classpath,
                    MAIN,
                    "migrate",
                    "baseline",
                    "-m",
                    "existing schema",
                    "--data",
                    "owner,specialty,owner_specialty",
                    "--rev-id",
                    "2b2b2b2b2b01");
            assertThat(baseline.exitCode()).as(baseline.output()).isZero();
            // the seed rows are in the baseline now: neither script may run again
            Path properties = app.folder().resolve("src/main/resources/application.properties");
            Files.writeString(
                    properties,
                    Files.readString(properties)
                            .replace(
                                    "spring.sql.init.schema-locations=classpath*:db/${database}/schema.sql",
                                    "spring.sql.init.schema-locations=")
                            .replace(
                                    "spring.sql.init.data-locations=classpath*:db/data.sql",
                                    "spring.sql.init.data-locations="));

            bootValidatedThenChecksAgree(app, env, classpath, null);
            assertThat(rows(env, "select first_name from owner order by id")).containsExactly("George", "Betty");
        }
    }

    /**
     * An application generated with Liquibase changelogs and CSV seed data (loadData): its database
     * is built by real Liquibase, then Liquibase leaves the build and {@code migrate baseline --data}
     * in command mode adopts the database; Liquibase's own tables are left alone.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseThatLiquibaseBuiltIsAdoptedWithBaseline(TestDatabase kind) throws Exception {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            MavenProject app = MavenProject.copy("adoption-app", "adoption-app-liquibase", kind, database);
            Map<String, String> env = app.database();
            liquibaseUpdate(app, env, "db/changelog/db.changelog-master.xml");
            String classpath = build(app);

            MavenProject.Run baseline = app.java(
                    env,
                    "-cp",
                    classpath,
                    MAIN,
                    "migrate",
                    "baseline",
                    "-m",
                    "existing schema",
                    "--data",
                    "specialty",
                    "--rev-id",
                    "3c3c3c3c3c01");
            assertThat(baseline.exitCode()).as(baseline.output()).isZero();
            try (Stream<Path> revisions = Files.list(app.folder().resolve("src/main/java/db/migrations"))) {
                for (Path revision : revisions.toList()) {
                    assertThat(Files.readString(revision).toLowerCase(Locale.ROOT))
                            .doesNotContain("databasechangelog");
                }
            }

            bootValidatedThenChecksAgree(app, env, classpath, null);
            assertThat(rows(env, "select name from specialty order by id"))
                    .containsExactly("radiology", "surgery", "dentistry");
            // Liquibase names its tables in capitals where names are case-sensitive (MariaDB)
            String changelogTable = kind == TestDatabase.MARIADB ? "DATABASECHANGELOG" : "databasechangelog";
            assertThat(rows(env, "select count(*) from " + changelogTable)).containsExactly("2");
        }
    }

    /** Compiles the project once and gives the application's runtime classpath. */
    private static String build(MavenProject app) throws Exception {
        MavenProject.Run build = app.mvn(
                "-q",
                "compile",
                "dependency:build-classpath",
                "-Dmdep.outputFile=target/classpath.txt",
                "-Dmdep.includeScope=runtime");
        assertThat(build.exitCode()).as(build.output()).isZero();
        return "target/classes" + File.pathSeparator
                + Files.readString(app.folder().resolve("target/classpath.txt")).strip();
    }

    /**
     * The steps after the first revision: rebuild, boot with {@code ddl-auto=validate} (logging
     * {@code upgradeLog}, or, when null, running no upgrade: a baseline is stamped, not run), the three {@code check}s clean, then one entity change that all three report
     * as the same single line.
     */
    private static void bootValidatedThenChecksAgree(
            MavenProject app, Map<String, String> env, String classpath, String upgradeLog) throws Exception {
        assertThat(app.mvn("-q", "compile").exitCode()).isZero();
        MavenProject.Run validated = app.java(env, "-cp", classpath, MAIN, "--spring.jpa.hibernate.ddl-auto=validate");
        assertThat(validated.exitCode())
                .as("boot with ddl-auto=validate: " + validated.output())
                .isZero();
        if (upgradeLog == null) {
            assertThat(validated.output()).doesNotContain("Running upgrade");
        } else {
            assertThat(validated.output()).contains(upgradeLog);
        }

        List<String> clean = List.of("No new upgrade operations detected.");
        assertThat(checks(app, env, classpath)).containsExactly(clean, clean, clean);

        Path owner = app.folder().resolve("src/main/java/com/example/petclinic/owner/Owner.java");
        Files.writeString(
                owner,
                Files.readString(owner)
                        .replace(
                                "// entity change goes here",
                                "@jakarta.validation.constraints.NotBlank private String telephone;"));
        assertThat(app.mvn("-q", "compile").exitCode()).isZero();
        List<List<String>> drift = checks(app, env, classpath);
        assertThat(drift.get(0)).hasSize(2).startsWith("New upgrade operations detected:");
        assertThat(drift.get(0).get(1)).contains("telephone");
        assertThat(drift).as("the CLI, command mode and the plugin").containsOnly(drift.get(0));
    }

    /** Runs Liquibase's {@code update} with the project's changelog, as the application did on its start. */
    private static void liquibaseUpdate(MavenProject app, Map<String, String> env, String changelog) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        Path resources = app.folder().resolve("src/main/resources");
        Scope.child(
                Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(resources), () -> new CommandScope(
                                "update")
                        .addArgumentValue("url", env.get("MIGRATE_URL"))
                        .addArgumentValue("username", env.get("MIGRATE_USER"))
                        .addArgumentValue("password", env.get("MIGRATE_PASSWORD"))
                        .addArgumentValue("changelogFile", changelog)
                        .execute());
    }

    /** The first column of a query's rows on the application's database, as text. */
    private static List<String> rows(Map<String, String> env, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        env.get("MIGRATE_URL"), env.get("MIGRATE_USER"), env.get("MIGRATE_PASSWORD"));
                ResultSet result = connection.createStatement().executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
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
        List<String> lines = output.lines()
                .map(l -> l.startsWith(prefix) ? l.substring(prefix.length()) : l)
                .toList();
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
