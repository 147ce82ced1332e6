package dev.migrate.cli;

import dev.migrate.cli.CliProcess.Result;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate baseline} as a user runs it on a database made by hand, on PostgreSQL, MariaDB
 * and H2: the file, the stamp, a fresh database upgraded from it, and the refusals.
 */
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
        CliProcess existing = original.cli(project);
        original.execute("CREATE TABLE account (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL, "
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
        assertThat(Files.readString(files.get(0))).contains("-- revision: ba5e00000001", "CREATE TABLE account",
                "CREATE TABLE invoice", "REFERENCES account");
        Result current = existing.run("current");
        assertThat(current.out()).isEqualTo("ba5e00000001 (head)\n");
        assertThat(count(original, "SELECT COUNT(*) FROM account")).as("nothing ran").isEqualTo(1);

        ProcessDatabase empty = database(kind, "fresh");
        CliProcess fresh = empty.cli(project);
        Result upgrade = fresh.run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).contains("Running upgrade  -> ba5e00000001, existing schema");
        assertThat(count(empty, "SELECT COUNT(*) FROM invoice")).isZero();

        Result again = existing.run("baseline", "-m", "again");
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(2);
        assertThat(again.err()).startsWith("FAILED: baseline writes the first revision, and revisions already exist")
                .contains("stamp");
        assertThat(revisions()).hasSize(1);
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
        CliProcess managed = database(kind, "managed").cli(project);
        assertThat(managed.run("-x", "locations=filesystem:sql", "upgrade", "head").exitCode()).isZero();
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:migrations/versions
                version_locations = migrations/versions
                """);
        Result result = managed.run("baseline", "-m", "existing");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).startsWith("FAILED: The database is already managed by migrate")
                .contains("aaaa00000001");
        assertThat(revisions()).isEmpty();
    }

    private ProcessDatabase database(TestDatabase kind, String name) {
        ProcessDatabase database = ProcessDatabase.create(kind, project.resolve(name));
        databases.add(database);
        return database;
    }

    private static int count(ProcessDatabase database, String query) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private List<Path> revisions() throws Exception {
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            return files.sorted().toList();
        }
    }
}
