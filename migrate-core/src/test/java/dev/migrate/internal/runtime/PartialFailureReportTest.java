package dev.migrate.internal.runtime;

import static dev.migrate.internal.runtime.EngineTest.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.Migrate;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failed revision on a database whose DDL commits implicitly lists as "not rolled back" exactly
 * the statements that stayed: what the last DDL statement committed, or everything in autocommit;
 * never DML the rollback undid, and never an unbounded list.
 */
class PartialFailureReportTest {

    @TempDir
    Path versions;

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"MARIADB", "H2"})
    void dmlAfterTheLastDdlIsReportedAsRolledBack(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            db.execute(
                    "CREATE TABLE acct (id INT PRIMARY KEY, cents BIGINT NOT NULL)", "INSERT INTO acct VALUES (1, 5)");
            revision("ALTER TABLE acct ADD note VARCHAR(20);\nUPDATE acct SET cents = cents * 100;\n"
                    + "INSERT INTO no_such_table VALUES (1);\n");

            MigrationFailedException failure = fail(db);

            assertThat(undoList(failure.getMessage()))
                    .contains("ALTER TABLE acct ADD note VARCHAR(20)")
                    .doesNotContain("UPDATE");
            assertThat(failure.getMessage())
                    .contains("this statement of r1 completed and was not rolled back")
                    .contains("The 1 statement after the last DDL statement was rolled back with the transaction");
            assertThat(count(db, "SELECT cents FROM acct"))
                    .as("the UPDATE was rolled back")
                    .isEqualTo(5);
            assertThat(count(db, "SELECT COUNT(note) FROM acct"))
                    .as("the column stayed")
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"MARIADB", "H2"})
    void aLongRevisionListsOnlyWhatStayed(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            StringBuilder sql = new StringBuilder("CREATE TABLE bulk (id INT PRIMARY KEY);\n");
            for (int i = 1; i <= 5000; i++) {
                sql.append("INSERT INTO bulk VALUES (").append(i).append(");\n");
            }
            revision(sql.append("INSERT INTO no_such_table VALUES (1);\n").toString());

            MigrationFailedException failure = fail(db);

            assertThat(undoList(failure.getMessage()))
                    .contains("CREATE TABLE bulk")
                    .doesNotContain("INSERT");
            assertThat(failure.getMessage())
                    .contains("The 5000 statements after the last DDL statement were rolled back")
                    .hasSizeLessThan(2_000);
            assertThat(count(db, "SELECT COUNT(*) FROM bulk")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void inAutocommitEverythingStayedAndTheListIsCapped(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            StringBuilder sql = new StringBuilder("CREATE TABLE bulk (id INT PRIMARY KEY);\n");
            for (int i = 1; i <= 100; i++) {
                sql.append("INSERT INTO bulk VALUES (").append(i).append(");\n");
            }
            Files.writeString(
                    versions.resolve("001.sql"),
                    "-- revision: r1\n-- transactional: false\n" + "-- migrate:upgrade\n" + sql
                            + "INSERT INTO no_such_table VALUES (1);\n-- migrate:downgrade\n");

            MigrationFailedException failure = fail(db);

            assertThat(failure.getMessage())
                    .contains("runs outside a transaction")
                    .contains("these 101 statements of r1 completed and were not rolled back")
                    .contains("INSERT INTO bulk VALUES (19)")
                    .doesNotContain("INSERT INTO bulk VALUES (20)")
                    .contains("… and 81 more (101 in all)");
            assertThat(count(db, "SELECT COUNT(*) FROM bulk")).isEqualTo(100);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabase.class,
            names = {"MARIADB", "H2"})
    void aFailingDdlStatementMayHaveCommittedWhatRanBeforeIt(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            revision("CREATE TABLE once (id INT PRIMARY KEY);\nINSERT INTO once VALUES (1);\n"
                    + "CREATE TABLE once (id INT PRIMARY KEY);\n");

            MigrationFailedException failure = fail(db);

            assertThat(undoList(failure.getMessage()))
                    .contains("CREATE TABLE once")
                    .doesNotContain("INSERT");
            assertThat(failure.getMessage())
                    .contains("The failing statement is DDL, which commits the open transaction" + " before it runs")
                    .contains("this statement was committed too:\n    INSERT INTO once VALUES (1)");
        }
    }

    /** Statements that are not DDL but commit on MariaDB as DDL does (its manual's list, checked on 10.11). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "FLUSH TABLES",
                "SET autocommit = 1",
                "CHECK TABLE acct",
                "RESET QUERY CACHE",
                "/* admin */ flush status"
            })
    void onMariaDbAStatementThatCommitsLikeDdlKeepsTheDmlBeforeIt(String committing) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.MARIADB)) {
            db.execute(
                    "CREATE TABLE acct (id INT PRIMARY KEY, cents BIGINT NOT NULL)", "INSERT INTO acct VALUES (1, 5)");
            revision("UPDATE acct SET cents = cents * 100;\n" + committing
                    + ";\nINSERT INTO no_such_table VALUES (1);\n");

            MigrationFailedException failure = fail(db);

            assertThat(count(db, "SELECT cents FROM acct"))
                    .as("the UPDATE stayed")
                    .isEqualTo(500);
            assertThat(undoList(failure.getMessage())).contains("UPDATE acct SET cents = cents * 100");
            assertThat(failure.getMessage()).doesNotContain("No DDL statement of r1 ran");
        }
    }

    private void revision(String upgrade) throws Exception {
        Files.writeString(
                versions.resolve("001.sql"),
                "-- revision: r1\n-- migrate:upgrade\n" + upgrade + "-- migrate:downgrade\n");
    }

    private MigrationFailedException fail(ScratchDatabase db) {
        Migrate migrate = Migrate.configure()
                .dataSource(db.dataSource())
                .locations("filesystem:" + versions)
                .load();
        MigrationFailedException[] failure = new MigrationFailedException[1];
        assertThatThrownBy(() -> migrate.upgrade("heads"))
                .isInstanceOfSatisfying(MigrationFailedException.class, e -> failure[0] = e);
        assertThat(migrate.current()).isEmpty();
        return failure[0];
    }

    /** The part of the message that tells the user what to undo. */
    private static String undoList(String message) {
        int start = message.indexOf("not rolled back:");
        int end = message.indexOf("Undo them by hand");
        assertThat(start).as("the message lists what stayed: %s", message).isNotNegative();
        return message.substring(start, end);
    }
}
