package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.internal.script.RevisionFileCache;
import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database commands as a user runs them, on PostgreSQL, MariaDB and H2: a project made with
 * init and revision, then upgrade, current, history -i, downgrade, stamp, ensure_version and the
 * failures, checked on the program's output and on the database itself.
 */
@Execution(ExecutionMode.CONCURRENT) // waits on child processes: two at once, one per core
class CliDatabaseTest {

    @TempDir
    Path project;

    private ProcessDatabase database;
    private String url;
    private ProgramProcess cli;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void upgradeCurrentHistoryDowngradeAndStamp(TestDatabase kind) throws Exception {
        createProject(kind);

        Result upgrade = cli.run("upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).isEmpty();
        assertThat(upgrade.err())
                .contains(
                        "INFO  [migrate.runtime] Running upgrade  -> aaaa00000001, create account\n",
                        "INFO  [migrate.runtime] Running upgrade aaaa00000001 -> bbbb00000002, create invoice\n",
                        "INFO  [migrate.runtime] Running upgrade  -> cccc00000003, create audit\n");
        assertThat(tables()).contains("account", "invoice", "audit");

        Result current = cli.run("current");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out().lines().sorted()).containsExactly("bbbb00000002 (head)", "cccc00000003 (head)");

        Result verbose = cli.run("current", "-v");
        assertThat(verbose.out()).startsWith("Current revision(s) for " + url + ":\nRev: ");

        Result history = cli.run("history", "-i");
        assertThat(history.out())
                .contains(
                        "aaaa00000001 -> bbbb00000002 (head) (current), create invoice\n",
                        "<base> -> cccc00000003 (audit) (head) (current), create audit\n",
                        "<base> -> aaaa00000001, create account\n");

        Result downgradeBranch = cli.run("downgrade", "audit@base");
        assertThat(downgradeBranch.exitCode()).as(downgradeBranch.toString()).isZero();
        assertThat(downgradeBranch.err())
                .contains("INFO  [migrate.runtime] Running downgrade cccc00000003 -> , create audit\n");
        assertThat(cli.run("current").out()).isEqualTo("bbbb00000002 (head)\n");
        assertThat(tables()).doesNotContain("audit").contains("invoice");

        Result notAtHeads = cli.run("current", "--check-heads");
        assertThat(notAtHeads.exitCode()).isEqualTo(1);
        assertThat(notAtHeads.err()).isEqualTo("FAILED: Database is not on all head revisions\n");

        Result downgradeAll = cli.run("downgrade", "base");
        assertThat(downgradeAll.exitCode()).as(downgradeAll.toString()).isZero();
        assertThat(cli.run("current").out()).isEmpty();
        assertThat(tables()).doesNotContain("account", "invoice");

        Result stamp = cli.run("stamp", "heads");
        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
        assertThat(cli.run("current").out().lines().sorted())
                .containsExactly("bbbb00000002 (head)", "cccc00000003 (head)");
        assertThat(tables()).doesNotContain("account");
        assertThat(cli.run("current", "--check-heads").exitCode()).isZero();

        Result purge = cli.run("stamp", "--purge", "aaaa00000001");
        assertThat(purge.exitCode()).as(purge.toString()).isZero();
        assertThat(cli.run("current").out()).isEqualTo("aaaa00000001\n");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ensureVersionCreatesTheVersionTableOnly(TestDatabase kind) throws Exception {
        createProject(kind);
        assertThat(tables()).doesNotContain("migrate_version");
        Result result = cli.run("ensure_version");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(tables()).contains("migrate_version").doesNotContain("account");
        assertThat(cli.run("current").out()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailingRevisionExitsWithOneAndNamesIt(TestDatabase kind) throws Exception {
        createProject(kind);
        writeRevision("dddd00000004", "bbbb00000002", "", "broken", "CREATE TABLE nonsense (", "");

        Result upgrade = cli.run("upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isEqualTo(1);
        assertThat(upgrade.out()).isEmpty();
        assertThat(upgrade.err())
                .contains("Running upgrade bbbb00000002 -> dddd00000004, broken")
                .contains("FAILED: ")
                .contains("dddd00000004");
        // what ran before the failing revision stays applied, each revision in its own transaction
        assertThat(cli.run("current").out()).contains("bbbb00000002\n").doesNotContain("dddd00000004");
        assertThat(tables()).contains("invoice").doesNotContain("nonsense");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badTargetsAreUsageErrors(TestDatabase kind) throws Exception {
        createProject(kind);
        Result unknown = cli.run("upgrade", "zzzz");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("FAILED: Can't locate revision identified by 'zzzz'\n");
        Result head = cli.run("upgrade", "head");
        assertThat(head.exitCode()).isEqualTo(2);
        assertThat(head.err()).startsWith("FAILED: Multiple head revisions are present for given argument 'head'");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readOnlyCommandsWarnAboutWhatUpgradeAndDowngradeRefuse(TestDatabase kind) throws Exception {
        createProject(kind);
        assertThat(cli.run("upgrade", "heads").exitCode()).isZero();
        // What a stamp script for base:aaaa run on this database leaves: a row below another.
        database.execute("INSERT INTO migrate_version (version_num) VALUES ('aaaa00000001')");

        Result current = cli.run("current");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.err())
                .contains("WARNING: The version table is inconsistent: it holds aaaa00000001,"
                        + " bbbb00000002, cccc00000003, but aaaa00000001 is an ancestor of bbbb00000002.")
                .contains("migrate stamp --purge bbbb00000002 cccc00000003");
        Result downgrade = cli.run("downgrade", "-1");
        assertThat(downgrade.exitCode()).as(downgrade.toString()).isEqualTo(1);
        assertThat(downgrade.err()).contains("Nothing was run").contains("stamp --purge bbbb00000002 cccc00000003");
        assertThat(tables()).contains("account", "invoice", "audit");

        assertThat(cli.run("stamp", "--purge", "bbbb00000002", "cccc00000003").exitCode())
                .isZero();
        assertThat(cli.run("current").err()).doesNotContain("WARNING");
        Result ambiguous = cli.run("downgrade", "-1");
        assertThat(ambiguous.exitCode()).as(ambiguous.toString()).isEqualTo(2);
        assertThat(ambiguous.err())
                .contains("downgrade -1 from multiple heads is ambiguous: the database is at"
                        + " bbbb00000002, cccc00000003. Nothing was run.")
                .contains("bbbb00000002@-1 (steps down from bbbb00000002)")
                .contains("cccc00000003@-1 or audit@-1 (steps down from cccc00000003)");
        assertThat(tables()).contains("account", "invoice", "audit");
        assertThat(cli.run("downgrade", "audit@-1").exitCode()).isZero();
        assertThat(tables()).contains("account", "invoice").doesNotContain("audit");
    }

    @Test
    void theRevisionFileCacheKeepsEveryCheckAnUpgradeMakes() throws Exception {
        createProject(TestDatabase.POSTGRES);
        Path cache = project.resolve("cache");
        cli = cli.env("MIGRATE_CACHE_DIR", cache.toString());
        // the cache remembers files only once they are older than its settling time
        Thread.sleep(RevisionFileCache.SETTLED.toMillis() + 200);
        assertThat(cli.run("upgrade", "heads").exitCode()).isZero();
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("revisions-"));
        }
        assertThat(cli.run("history").out()).contains("aaaa00000001 -> bbbb00000002 (head), create invoice\n");

        // an applied revision edited: its header unchanged, its statements not
        writeInvoiceRevision("BIGINT");
        Result edited = cli.run("upgrade", "heads");
        assertThat(edited.exitCode()).as(edited.toString()).isEqualTo(1);
        assertThat(edited.err())
                .contains("Applied script has changed since it was applied: revision bbbb00000002")
                .contains("Nothing was run");

        // a pending revision's header and statements are what its file says now
        writeRevision("dddd00000004", "bbbb00000002", "", "create payment", "CREATE TABLE payment (id INT)", "");
        writeInvoiceRevision("INT");
        Result upgrade = cli.run("upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).contains("Running upgrade bbbb00000002 -> dddd00000004, create payment");
        assertThat(tables()).contains("payment");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void currentAndHistoryNameAnAttemptThatNeverCompleted(TestDatabase kind) throws Exception {
        createProject(kind);
        assertThat(cli.run("upgrade", "aaaa00000001").exitCode()).isZero();
        // What a process killed in the middle of bbbb leaves: its "started" row, never completed.
        database.execute("INSERT INTO migrate_history (revision, direction, from_revisions, to_revisions, message,"
                + " script, checksum, applied_at, applied_by, execution_ms, success) VALUES ('bbbb00000002', 'upgrade',"
                + " 'aaaa00000001', 'bbbb00000002', 'create invoice', 'bbbb00000002.sql', NULL, CURRENT_TIMESTAMP,"
                + " 'killed_user', 0, FALSE)");
        String warning = "WARNING: The upgrade of bbbb00000002 (bbbb00000002.sql) started at ";

        for (String[] command :
                List.of(new String[] {"current"}, new String[] {"current", "-v"}, new String[] {"history", "-i"})) {
            Result result = cli.run(command);
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.err())
                    .as(String.join(" ", command))
                    .contains(warning)
                    .contains(" by killed_user did not complete: it failed, or its process was killed.")
                    .contains("may be partly applied");
        }
        assertThat(cli.run("current").out()).isEqualTo("aaaa00000001\n");

        assertThat(cli.run("upgrade", "heads").exitCode()).isZero();
        assertThat(cli.run("current").err()).doesNotContain("WARNING");
    }

    /** Three revisions (as revision writes them): aaaa → bbbb, and cccc on a root of its own labelled audit. */
    @Test
    void aMysqlUrlReachesMariaDbThroughTheBundledDriver() throws Exception {
        createProject(TestDatabase.MARIADB);
        String mysqlUrl = url.replace("jdbc:mariadb:", "jdbc:mysql:");
        assertThat(mysqlUrl).startsWith("jdbc:mysql://");
        ProgramProcess mysql = cli.env("MIGRATE_URL", mysqlUrl);

        Result upgrade = mysql.run("upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.err()).doesNotContain("No suitable driver");
        assertThat(tables()).contains("account", "invoice", "audit");
        assertThat(mysql.run("current").out().lines().sorted())
                .containsExactly("bbbb00000002 (head)", "cccc00000003 (head)");

        Result check = mysql.run("--dialect", "mysql", "upgrade", "--sql", "base:aaaa00000001");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("CREATE TABLE migrate_version");
    }

    private void createProject(TestDatabase kind) throws IOException {
        database = ProcessDatabase.create(kind, project.resolve("h2db"));
        url = database.url();
        cli = database.cli(project);
        Files.createDirectories(project.resolve("migrations/versions"));
        Files.writeString(project.resolve("migrate.properties"), """
                locations = filesystem:migrations/versions
                version_locations = migrations/versions
                """);
        writeRevision(
                "aaaa00000001",
                "",
                "",
                "create account",
                "CREATE TABLE account (id INT PRIMARY KEY)",
                "DROP TABLE account");
        writeInvoiceRevision("INT");
        writeRevision(
                "cccc00000003",
                "",
                "audit",
                "create audit",
                "CREATE TABLE audit (id INT PRIMARY KEY)",
                "DROP TABLE audit");
    }

    private void writeInvoiceRevision(String accountIdType) throws IOException {
        writeRevision(
                "bbbb00000002",
                "aaaa00000001",
                "",
                "create invoice",
                "CREATE TABLE invoice (id INT PRIMARY KEY, account_id " + accountIdType + ")",
                "DROP TABLE invoice");
    }

    private void writeRevision(String id, String down, String labels, String message, String upgrade, String downgrade)
            throws IOException {
        Files.writeString(project.resolve("migrations/versions/" + id + ".sql"), """
                -- revision: %s
                -- down_revision: %s
                -- branch_labels: %s
                -- message: %s
                -- migrate:upgrade
                %s
                -- migrate:downgrade
                %s
                """.formatted(
                        id,
                        down,
                        labels,
                        message,
                        upgrade.isEmpty() ? "" : upgrade + ";",
                        downgrade.isEmpty() ? "" : downgrade + ";"));
    }

    private List<String> tables() throws SQLException {
        try (Connection connection = database.connect()) {
            List<String> names = new ArrayList<>();
            String catalog =
                    database.kind() == TestDatabase.MARIADB ? database.scratch().name() : null;
            String schema = database.kind() == TestDatabase.POSTGRES
                    ? database.scratch().name()
                    : null;
            try (ResultSet tables = connection.getMetaData().getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        }
    }
}
