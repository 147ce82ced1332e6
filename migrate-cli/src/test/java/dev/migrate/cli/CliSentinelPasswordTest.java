package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One sentinel password, given to the CLI in each way a user can give it, through a whole session
 * with DEBUG logging on: a failing upgrade, the verbose read commands, an offline script and a
 * downgrade. The sentinel must never appear on stdout, stderr, in the script or in the database's
 * history log. PostgreSQL here trusts local connections and H2 creates its file with the password
 * it is first given, so every command really connects; MariaDB's root has no password, so there
 * the sentinel takes the refused-connection path, whose driver message is shown to the user.
 */
@Execution(ExecutionMode.CONCURRENT) // waits on child processes: two at once, one per core
class CliSentinelPasswordTest {

    private static final String SENTINEL = "S3ntinel-pw_4711";

    /** Every way the CLI takes a password. */
    enum Source {
        MIGRATE_PASSWORD_VARIABLE,
        PASSWORD_ENV_FLAG,
        PASSWORD_FLAG,
        VARIABLE_IN_FILE,
        WRITTEN_IN_FILE,
        URL_PARAMETER
    }

    @TempDir
    Path project;

    private ScratchDatabase scratch;

    @AfterEach
    void dropDatabase() {
        if (scratch != null) {
            scratch.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void postgresSessionNeverShowsThePassword(Source source) throws Exception {
        scratch = TestDatabases.create(TestDatabase.POSTGRES);
        session(source, scratch.url());
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void h2SessionNeverShowsThePassword(Source source) throws Exception {
        session(source, "jdbc:h2:file:" + project.resolve("h2db"));
    }

    @ParameterizedTest
    @EnumSource(Source.class)
    void refusedMariaDbConnectionNeverShowsThePassword(Source source) throws Exception {
        scratch = TestDatabases.create(TestDatabase.MARIADB);
        writeProject();
        ProgramProcess cli = cli(source, scratch.url());

        Result upgrade = cli.run("upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(1);
        assertThat(upgrade.err()).as(upgrade.toString()).contains("FAILED: ").contains("Access denied");
        assertThat(upgrade.all()).doesNotContain(SENTINEL);

        Result raised = cli.run("--raiseerr", "current", "-v");
        assertThat(raised.exitCode()).isEqualTo(1);
        assertThat(raised.err()).contains("at dev.migrate.");
        assertThat(raised.all()).doesNotContain(SENTINEL);
    }

    /**
     * A password in the URL holding what ends a value in other syntaxes (';' ',' ')' '(' and a blank):
     * the drivers read it whole (PostgreSQL's and MariaDB's split only at '&', H2 at ';'), so no piece
     * of it may show, neither in {@code current -v} nor in a refused connection's error.
     */
    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"POSTGRES", "MARIADB", "H2"})
    void aUrlPasswordWithSeparatorsIsMaskedWhole(TestDatabase kind) throws Exception {
        writeProject();
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
        String password;
        String url;
        String user;
        if (kind == TestDatabase.H2) {
            password = "Pw,TailA)TailB(TailC TailD";
            url = "jdbc:h2:file:" + project.resolve("h2db") + ";PASSWORD=" + password;
            user = "sa";
        } else {
            scratch = TestDatabases.create(kind);
            password = "Pw;TailA,TailB)TailC(TailD TailE";
            url = scratch.url() + (scratch.url().contains("?") ? "&" : "?") + "password=" + password
                    // seconds for pgjdbc, milliseconds for MariaDB's driver
                    + (kind == TestDatabase.POSTGRES ? "&connectTimeout=10" : "&connectTimeout=10000");
            user = scratch.user();
        }
        ProgramProcess cli =
                CliProcess.fromClassPath(project).env("MIGRATE_URL", url).env("MIGRATE_USER", user);

        Result current = cli.run("current", "-v");
        if (kind == TestDatabase.MARIADB) {
            // root has no password here: the connection is refused and the driver's message is shown
            assertThat(current.err()).as(current.toString()).contains("Access denied");
        } else {
            assertThat(current.exitCode()).as(current.toString()).isZero();
            assertThat(current.out()).contains("Current revision(s) for jdbc:").contains("***");
        }
        Result refused = CliProcess.fromClassPath(project)
                .env("MIGRATE_URL", url.replace("/test", "/no_such_db_r2").replace("h2db", "h2db;IFEXISTS=TRUE;x"))
                .env("MIGRATE_USER", user)
                .run("--raiseerr", "current", "-v");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        for (Result result : List.of(current, refused)) {
            assertThat(result.all()).as(result.toString()).doesNotContain("Tail");
        }
    }

    private void session(Source source, String url) throws Exception {
        writeProject();
        ProgramProcess cli = cli(source, url);
        List<Result> results = new ArrayList<>();

        Result upgrade = cli.run("upgrade", "heads");
        results.add(upgrade);
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(1);
        assertThat(upgrade.err())
                .as("the failure names the revision and the database's error")
                .contains("bbbb00000002")
                .contains("no_such_table");
        assertThat(upgrade.err())
                .as("DEBUG logging is on, so the logs are really looked at")
                .contains("DEBUG");

        Result current = cli.run("current", "-v");
        results.add(current);
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out()).contains("Current revision(s) for jdbc:").contains("aaaa00000001");

        results.add(cli.run("history", "-v", "-i"));
        results.add(cli.run("heads", "-v"));
        results.add(cli.run("--raiseerr", "upgrade", "heads"));

        Path script = project.resolve("upgrade.sql");
        Result offline = cli.run("upgrade", "--sql", "base:aaaa00000001");
        results.add(offline);
        assertThat(offline.exitCode()).as(offline.toString()).isZero();
        Files.writeString(script, offline.out());
        assertThat(offline.out()).contains("CREATE TABLE account");

        Result downgrade = cli.run("downgrade", "base");
        results.add(downgrade);
        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();

        for (Result result : results) {
            assertThat(result.all()).as(result.toString()).doesNotContain(SENTINEL);
        }
        assertThat(Files.readString(script)).doesNotContain(SENTINEL);
        assertThat(historyLog(source, url)).isNotEmpty().noneMatch(row -> row.contains(SENTINEL));
    }

    /** A good revision, then one that fails in the database. */
    private void writeProject() throws IOException {
        Path versions = Files.createDirectories(project.resolve("versions"));
        Files.writeString(versions.resolve("aaaa00000001.sql"), """
                -- revision: aaaa00000001
                -- down_revision:
                -- message: create account
                -- migrate:upgrade
                CREATE TABLE account (id INT PRIMARY KEY);
                -- migrate:downgrade
                DROP TABLE account;
                """);
        Files.writeString(versions.resolve("bbbb00000002.sql"), """
                -- revision: bbbb00000002
                -- down_revision: aaaa00000001
                -- message: broken
                -- migrate:upgrade
                INSERT INTO no_such_table VALUES (1);
                -- migrate:downgrade
                """);
    }

    private ProgramProcess cli(Source source, String url) throws IOException {
        String properties = "locations = filesystem:versions\n";
        ProgramProcess cli = CliProcess.fromClassPath(project)
                .env("JAVA_TOOL_OPTIONS", "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug");
        String user = scratch == null ? "sa" : scratch.user();
        List<String> flags = new ArrayList<>();
        switch (source) {
            case MIGRATE_PASSWORD_VARIABLE -> cli.env("MIGRATE_PASSWORD", SENTINEL);
            case PASSWORD_ENV_FLAG -> {
                cli.env("DB_SECRET", SENTINEL);
                flags.addAll(List.of("--password-env", "DB_SECRET"));
            }
            case PASSWORD_FLAG -> flags.addAll(List.of("--password", SENTINEL));
            case VARIABLE_IN_FILE -> {
                cli.env("DB_SECRET", SENTINEL);
                properties += "password = ${DB_SECRET}\n";
            }
            case WRITTEN_IN_FILE -> properties += "password = " + SENTINEL + "\n";
            case URL_PARAMETER -> url = withPassword(url);
        }
        Files.writeString(project.resolve("migrate.properties"), properties + "user = " + user + "\n");
        cli.env("MIGRATE_URL", url);
        return cli.withOptions(flags);
    }

    /** The rows of the history log as text, read with the session's own credentials. */
    private List<String> historyLog(Source source, String url) throws SQLException {
        String connectUrl = source == Source.URL_PARAMETER ? withPassword(url) : url;
        String user = scratch == null ? "sa" : scratch.user();
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        connectUrl, user, source == Source.URL_PARAMETER ? null : SENTINEL);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM migrate_history")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String withPassword(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return url + ";PASSWORD=" + SENTINEL;
        }
        return url + (url.contains("?") ? "&" : "?") + "password=" + SENTINEL;
    }
}
