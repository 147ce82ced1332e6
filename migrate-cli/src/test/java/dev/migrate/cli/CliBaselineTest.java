package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code migrate baseline} as a user runs it on a database made by hand, on PostgreSQL, MariaDB
 * and H2: the file, the stamp, a fresh database upgraded from it, and the refusals.
 */
@Execution(ExecutionMode.CONCURRENT) // waits on child processes: two at once, one per core
class CliBaselineTest {

    @TempDir
    Path project;

    private final List<ProcessDatabase> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(ProcessDatabase::close);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void baselineWritesTheSchemaStampsItAndAFreshDatabaseUpgradesToIt(TestDatabase kind) throws Exception {
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:migrations/versions
                version_locations = migrations/versions
                """);
        ProcessDatabase original = database(kind, "existing");
        ProgramProcess existing = original.cli(project);
        original.execute(
                "CREATE TABLE account (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL, "
                        + "CONSTRAINT uq_account_email UNIQUE (email))",
                "CREATE TABLE invoice (id INT PRIMARY KEY, account_id INT NOT NULL, total DECIMAL(10, 2) DEFAULT 0, "
                        + "CONSTRAINT fk_invoice_account FOREIGN KEY (account_id) REFERENCES account (id))",
                "INSERT INTO account VALUES (1, 'ada@example.com')");

        Result baseline = existing.run("baseline", "-m", "existing schema", "--rev-id", "ba5e00000001");
        assertThat(baseline.exitCode()).as(baseline.toString()).isZero();
        List<Path> files = revisions();
        assertThat(files).hasSize(1);
        assertThat(baseline.out()).isEqualTo("Generating " + files.get(0).toAbsolutePath() + " ...  done\n");
        assertThat(baseline.err()).contains("Stamped the database at ba5e00000001");
        assertThat(Files.readString(files.get(0)))
                .contains(
                        "-- revision: ba5e00000001",
                        "CREATE TABLE account",
                        "CREATE TABLE invoice",
                        "REFERENCES account");
        Result current = existing.run("current");
        assertThat(current.out()).isEqualTo("ba5e00000001 (head)\n");
        assertThat(count(original, "SELECT COUNT(*) FROM account"))
                .as("nothing ran")
                .isEqualTo(1);

        ProcessDatabase empty = database(kind, "fresh");
        ProgramProcess fresh = empty.cli(project);
        Result upgrade = fresh.run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).contains("Running upgrade  -> ba5e00000001, existing schema");
        assertThat(count(empty, "SELECT COUNT(*) FROM invoice")).isZero();

        Result again = existing.run("baseline", "-m", "again");
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(2);
        assertThat(again.err())
                .startsWith("FAILED: baseline writes the first revision, and revisions already exist")
                .contains("stamp");
        assertThat(revisions()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void baselineDataCarriesTheRowsOfChosenTablesAndTheSequencesNextValues(TestDatabase kind) throws Exception {
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:migrations/versions
                version_locations = migrations/versions
                """);
        ProcessDatabase original = database(kind, "seeded");
        original.execute(
                "CREATE TABLE owner (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, born DATE)",
                "CREATE TABLE pet (id INT PRIMARY KEY, owner_id INT, name VARCHAR(30), "
                        + "CONSTRAINT fk_pet_owner FOREIGN KEY (owner_id) REFERENCES owner (id))",
                "CREATE TABLE visit (id INT PRIMARY KEY)",
                "CREATE SEQUENCE owner_seq START WITH 1 INCREMENT BY 50",
                "INSERT INTO owner VALUES (1, 'O''Brien, \"Jo\"', DATE '1970-01-31')",
                "INSERT INTO owner VALUES (1049, 'Ada', NULL)",
                "INSERT INTO pet VALUES (7, 1049, 'Leo')",
                "INSERT INTO visit VALUES (1)");
        for (int i = 0; i < 21; i++) {
            original.execute(nextValue(kind));
        }

        Result baseline = original.cli(project)
                .run("baseline", "-m", "seeded", "--rev-id", "ba5e00000002", "--data", "owner,pet");
        assertThat(baseline.exitCode()).as(baseline.toString()).isZero();
        assertThat(Files.readString(revisions().get(0)))
                .contains("INSERT INTO owner")
                .doesNotContain("INSERT INTO visit");

        ProcessDatabase empty = database(kind, "fromseed");
        Result upgrade = empty.cli(project).run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(strings(empty, "SELECT name FROM owner ORDER BY id")).containsExactly("O'Brien, \"Jo\"", "Ada");
        assertThat(strings(empty, "SELECT born FROM owner ORDER BY id").get(0)).startsWith("1970-01-31");
        assertThat(strings(empty, "SELECT name FROM pet")).containsExactly("Leo");
        assertThat(count(empty, "SELECT COUNT(*) FROM visit")).isZero();
        int next = count(empty, nextValue(kind));
        if (kind == TestDatabase.MARIADB) {
            // MariaDB tells the next value beyond its cache, where it would continue after a restart
            assertThat(next)
                    .as("the sequence continues after the values handed out")
                    .isGreaterThan(1 + 20 * 50);
        } else {
            assertThat(next)
                    .as("the sequence continues after the 21 values the original database handed out")
                    .isEqualTo(1 + 21 * 50);
        }

        Result downgrade = empty.cli(project).run("downgrade", "base");
        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
    }

    @org.junit.jupiter.api.Test
    void aJavaBaselineWithDataCompilesAndLoadsTheSameRows() throws Exception {
        Files.createDirectories(project.resolve("src/db/migrations"));
        Files.writeString(project.resolve("migrate.properties"), """
                locations = classpath:db/migrations
                classpath = classes
                version_locations = src/db/migrations
                revision_format = java
                """);
        ProcessDatabase original = database(TestDatabase.H2, "javaseed");
        original.execute(
                "CREATE TABLE owner (id BIGINT PRIMARY KEY, name VARCHAR(50), born DATE, active BOOLEAN, "
                        + "balance DECIMAL(8, 2), seen TIMESTAMP)",
                "INSERT INTO owner VALUES (1, 'Jo \"JC\"', DATE '1970-01-31', TRUE, 12.50, TIMESTAMP '2024-05-06 07:08:09')",
                "INSERT INTO owner VALUES (2, NULL, NULL, FALSE, NULL, NULL)");
        Result baseline = original.cli(project).run("baseline", "--rev-id", "ba5e00000003", "--data", "owner");
        assertThat(baseline.exitCode()).as(baseline.toString()).isZero();
        Path source;
        try (Stream<Path> files = Files.list(project.resolve("src/db/migrations"))) {
            source = files.findFirst().orElseThrow();
        }
        assertThat(Files.readString(source))
                .contains("new Object[] {1L, \"Jo \\\"JC\\\"\", java.time.LocalDate.parse(");
        Javac.compile(project.resolve("classes"), List.of(source));

        ProcessDatabase empty = database(TestDatabase.H2, "javafresh");
        Result upgrade = empty.cli(project).run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(strings(
                        empty, "SELECT CONCAT_WS('|', id, name, born, active, balance, seen) FROM owner ORDER BY id"))
                .isEqualTo(strings(
                        original,
                        "SELECT CONCAT_WS('|', id, name, born, active, balance, seen) FROM owner " + "ORDER BY id"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseWithAVersionTableWithRowsIsRefused(TestDatabase kind) throws Exception {
        Files.createDirectories(project.resolve("sql"));
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("sql/aaaa00000001.sql"), """
                -- revision: aaaa00000001
                -- message: create account
                -- migrate:upgrade
                CREATE TABLE account (id INT PRIMARY KEY);
                -- migrate:downgrade
                DROP TABLE account;
                """);
        ProgramProcess managed = database(kind, "managed").cli(project);
        assertThat(managed.run("-x", "locations=filesystem:sql", "upgrade", "head")
                        .exitCode())
                .isZero();
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:migrations/versions
                version_locations = migrations/versions
                """);
        Result result = managed.run("baseline", "-m", "existing");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err())
                .startsWith("FAILED: The database is already managed by migrate")
                .contains("aaaa00000001");
        assertThat(revisions()).isEmpty();
    }

    private ProcessDatabase database(TestDatabase kind, String name) {
        ProcessDatabase database = ProcessDatabase.create(kind, project.resolve(name));
        databases.add(database);
        return database;
    }

    private static int count(ProcessDatabase database, String query) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String nextValue(TestDatabase kind) {
        return switch (kind) {
            case POSTGRES -> "SELECT nextval('owner_seq')";
            case MARIADB -> "SELECT NEXTVAL(owner_seq)";
            case H2 -> "SELECT NEXT VALUE FOR owner_seq";
        };
    }

    private static List<String> strings(ProcessDatabase database, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    private List<Path> revisions() throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            return files.sorted().toList();
        }
    }
}
