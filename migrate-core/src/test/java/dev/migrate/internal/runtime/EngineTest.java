package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrationResult;
import dev.migrate.MigrationStepInfo;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The engine end to end on each real database: upgrade, downgrade, branches, stamp. */
class EngineTest {

    static Migrate migrate(ScratchDatabase db, String location) {
        return Migrate.configure()
                .dataSource(db.dataSource())
                .locations("classpath:" + location)
                .load();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void freshUpgradeAppliesEveryRevisionAndRecordsTheHead(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = migrate(db, "engine/linear");
            assertThat(migrate.current()).isEmpty();
            assertThat(tableExists(db, "migrate_version"))
                    .as("read-only commands never create the version table")
                    .isFalse();

            MigrationResult result = migrate.upgrade("head");

            assertThat(result.steps())
                    .extracting(MigrationStepInfo::revision)
                    .containsExactly("a1000000000a", "b2000000000b", "c3000000000c");
            assertThat(result.steps())
                    .extracting(MigrationStepInfo::describe)
                    .containsExactly(
                            "Running upgrade  -> a1000000000a, create account",
                            "Running upgrade a1000000000a -> b2000000000b, add email to account",
                            "Running upgrade b2000000000b -> c3000000000c, create invoice");
            assertThat(migrate.current()).containsExactly("c3000000000c");
            assertThat(queryStrings(db, "SELECT email FROM account")).containsExactly("a@example.com");
            assertThat(tableExists(db, "invoice")).isTrue();
            List<AppliedRevision> history = migrate.appliedHistory();
            assertThat(history)
                    .extracting(AppliedRevision::revision)
                    .containsExactly("a1000000000a", "b2000000000b", "c3000000000c");
            assertThat(history).allSatisfy(row -> {
                assertThat(row.direction()).isEqualTo(dev.migrate.Direction.UPGRADE);
                assertThat(row.success()).isTrue();
                assertThat(row.checksum()).hasSize(64);
                assertThat(row.appliedAt()).isNotNull();
                assertThat(row.appliedBy()).isNotBlank();
                assertThat(row.script()).endsWith(".sql");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void secondUpgradeChangesNothing(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            migrate(db, "engine/linear").upgrade("heads");

            MigrationResult again = migrate(db, "engine/linear").upgrade("heads");

            assertThat(again.changedAnything()).isFalse();
            assertThat(again.headsAfter()).containsExactly("c3000000000c");
            assertThat(count(db, "SELECT COUNT(*) FROM migrate_history")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpgradeWithNothingToDoCostsTwoQueriesAndNoLock(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            migrate(db, "engine/branches").upgrade("heads");
            StatementCounter counter = new StatementCounter();
            Migrate migrate = Migrate.configure()
                    .dataSource(counter.wrap(db.dataSource()))
                    .locations("classpath:engine/branches")
                    .load();

            MigrationResult result = migrate.upgrade("heads");

            assertThat(result.changedAnything()).isFalse();
            assertThat(counter.statements)
                    .as("statements sent: %s", counter.statements)
                    .hasSize(2);
            assertThat(counter.statements.get(0)).contains("migrate_version");
            assertThat(counter.statements.get(1)).contains("migrate_history");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFirstUpgradeAddsOnlyItsBookkeepingRowsToEachRevision(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            StatementCounter counter = new StatementCounter();
            Migrate migrate = Migrate.configure()
                    .dataSource(counter.wrap(db.dataSource()))
                    .locations("classpath:engine/linear")
                    .load();

            migrate.upgrade("head");

            // The two missing tables are recognised by the database's error, not by catalog lookups.
            assertThat(counter.metadataLookups).as("catalog lookups").isEmpty();
            List<String> versionReads = counter.statements.stream()
                    .filter(sql -> sql.startsWith("SELECT version_num"))
                    .toList();
            // Before the lock, under it, and the heads reported after the run.
            assertThat(versionReads).hasSize(3);
            assertThat(counter.statements)
                    .as("the history log is never read in full")
                    .noneMatch(sql -> sql.startsWith("SELECT revision"));
            // Under the lock the tables are named schema-qualified, as the catalog resolved them.
            long versionWrites = counter.statements.stream()
                    .filter(sql -> sql.matches("(INSERT INTO|UPDATE) \\S+\\.migrate_version .*"))
                    .count();
            long historyWrites = counter.statements.stream()
                    .filter(sql -> sql.matches("(INSERT INTO|UPDATE) \\S+\\.migrate_history .*"))
                    .count();
            assertThat(versionWrites).isEqualTo(3);
            // Where DDL commits as it runs, a "started" row is written first and completed after.
            assertThat(historyWrites).isEqualTo(kind == TestDatabase.POSTGRES ? 3 : 6);
            assertThat(migrate.current()).containsExactly("c3000000000c");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void downgradesToBaseAndUpAgain(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = migrate(db, "engine/linear");
            migrate.upgrade("head");

            MigrationResult one = migrate.downgrade("-1");
            assertThat(one.steps())
                    .extracting(MigrationStepInfo::describe)
                    .containsExactly("Running downgrade c3000000000c -> b2000000000b, create invoice");
            assertThat(migrate.current()).containsExactly("b2000000000b");
            assertThat(tableExists(db, "invoice")).isFalse();

            MigrationResult all = migrate.downgrade("base");
            assertThat(all.steps())
                    .extracting(MigrationStepInfo::revision)
                    .containsExactly("b2000000000b", "a1000000000a");
            assertThat(migrate.current()).isEmpty();
            assertThat(tableExists(db, "account")).isFalse();

            migrate.upgrade("head");
            assertThat(migrate.current()).containsExactly("c3000000000c");
            assertThat(migrate.appliedHistory())
                    .extracting(row -> row.direction().label())
                    .containsExactly(
                            "upgrade",
                            "upgrade",
                            "upgrade",
                            "downgrade",
                            "downgrade",
                            "downgrade",
                            "upgrade",
                            "upgrade",
                            "upgrade");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void branchesMergesAndDependenciesApplyInAValidOrder(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = migrate(db, "engine/branches");
            assertThat(migrate.revisions().heads()).hasSize(1);

            // s2 depends on billing (b1): upgrading to s2 brings b1 along.
            migrate.upgrade("s20000000000");
            assertThat(migrate.current())
                    .as("s2 depends on b1, so b1 is applied and implied by s2")
                    .containsExactly("s20000000000");
            assertThat(queryStrings(db, "SELECT what FROM event_log ORDER BY id"))
                    .containsExactly("b1", "s1", "s2");

            migrate.upgrade("heads");
            assertThat(migrate.current()).containsExactly("ee0000000000");
            assertThat(queryStrings(db, "SELECT what FROM event_log ORDER BY id"))
                    .containsExactly("b1", "b2", "s1", "s2", "merge");
            // Every revision ran after its parents and dependencies.
            List<String> order = new ArrayList<>();
            migrate.appliedHistory().forEach(row -> order.add(row.revision()));
            assertThat(order.indexOf("b10000000000")).isLessThan(order.indexOf("s20000000000"));
            assertThat(order.indexOf("s10000000000")).isLessThan(order.indexOf("s20000000000"));
            assertThat(order.indexOf("ee0000000000")).isEqualTo(order.size() - 1);

            // Downgrading the merge point to one parent unmerges: both branch heads come back, as in Alembic.
            MigrationResult unmerge = migrate.downgrade("s20000000000");
            assertThat(unmerge.steps()).extracting(MigrationStepInfo::revision).containsExactly("ee0000000000");
            assertThat(migrate.current()).containsExactlyInAnyOrder("b20000000000", "s20000000000");
            assertThat(queryStrings(db, "SELECT what FROM event_log ORDER BY id"))
                    .containsExactly("b1", "b2", "s1", "s2");

            migrate.downgrade("base");
            assertThat(migrate.current()).isEmpty();
            assertThat(tableExists(db, "event_log")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void stampRecordsAStateWithoutRunningAndPurgeReplacesIt(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = migrate(db, "engine/linear");

            migrate.stamp(List.of("b2000000000b"), false);
            assertThat(migrate.current()).containsExactly("b2000000000b");
            assertThat(tableExists(db, "account")).as("stamp runs nothing").isFalse();
            assertThat(migrate.appliedHistory())
                    .extracting(row -> row.direction().label())
                    .containsExactly("stamp");

            migrate.stamp(List.of("head"), false);
            assertThat(migrate.current()).containsExactly("c3000000000c");

            db.execute(
                    "DELETE FROM migrate_version", "INSERT INTO migrate_version (version_num) VALUES ('feedbeef0000')");
            assertThatThrownBy(() -> migrate.stamp(List.of("a1000000000a"), false))
                    .hasMessageContaining("Can't locate revision identified by 'feedbeef0000'");
            migrate.stamp(List.of("a1000000000a"), true);
            assertThat(migrate.current()).containsExactly("a1000000000a");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownRevisionInTheDatabaseStopsTheUpgrade(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            migrate(db, "engine/linear").upgrade("a1000000000a");
            db.execute("UPDATE migrate_version SET version_num = '0123456789ab'");

            assertThatThrownBy(() -> migrate(db, "engine/linear").upgrade("heads"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("Can't locate revision identified by '0123456789ab'")
                    .hasMessageContaining("migrate_version")
                    .hasMessageContaining("classpath:engine/linear");
            assertThat(tableExists(db, "invoice")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditedAppliedScriptIsRefusedUnlessTheCheckIsOff(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/edited/v1")
                    .load()
                    .upgrade("a1000000000a");

            // Line endings alone do not count as an edit.
            Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/edited/crlf")
                    .load()
                    .upgrade("heads");
            migrate(db, "engine/edited/v1").downgrade("a1000000000a");

            Migrate edited = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/edited/v2")
                    .load();
            assertThatThrownBy(() -> edited.upgrade("heads"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("revision a1000000000a")
                    .hasMessageContaining("001.sql")
                    .hasMessageContaining("changed since it was applied");
            assertThat(columnExists(db, "account", "email")).as("nothing ran").isFalse();

            Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/edited/v2")
                    .validateChecksums(false)
                    .load()
                    .upgrade("heads");
            assertThat(columnExists(db, "account", "email")).isTrue();
        }
    }

    static boolean tableExists(ScratchDatabase db, String table) throws SQLException {
        try (Connection c = db.connect()) {
            for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData()
                        .getTables(
                                c.getCatalog(),
                                db.kind() == TestDatabase.MARIADB ? null : db.schema(),
                                candidate,
                                null)) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    static boolean columnExists(ScratchDatabase db, String table, String column) throws SQLException {
        try (Connection c = db.connect()) {
            for (String t : List.of(table, table.toUpperCase(Locale.ROOT))) {
                for (String col : List.of(column, column.toUpperCase(Locale.ROOT))) {
                    try (ResultSet rs = c.getMetaData()
                            .getColumns(
                                    c.getCatalog(), db.kind() == TestDatabase.MARIADB ? null : db.schema(), t, col)) {
                        if (rs.next()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    static List<String> queryStrings(ScratchDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    static long count(ScratchDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
