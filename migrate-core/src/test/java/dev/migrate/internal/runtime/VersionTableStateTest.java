package dev.migrate.internal.runtime;

import static dev.migrate.internal.runtime.EngineTest.migrate;
import static dev.migrate.internal.runtime.EngineTest.queryStrings;
import static dev.migrate.internal.runtime.EngineTest.tableExists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.AppliedRevision;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrationListener;
import dev.migrate.MigrationStepInfo;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A version table whose rows the scripts cannot explain is refused by every command that plans steps. */
class VersionTableStateTest {

    private static final String A1 = "a1000000000a";
    private static final String B2 = "b2000000000b";
    private static final String C3 = "c3000000000c";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void overlappingRowsAreRefusedByEveryCommandThatPlansAndNothingIsDropped(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = migrate(db, "engine/linear");
            migrate.upgrade("head");
            // What running a "stamp --sql" script for base:a1 on this database leaves behind.
            db.execute("INSERT INTO migrate_version (version_num) VALUES ('" + A1 + "')");
            assertThat(migrate.current()).containsExactly(A1, C3);

            String problem = "The version table migrate_version is inconsistent: it holds " + A1 + ", " + C3 + ", but "
                    + A1 + " is an ancestor of " + C3 + ".";
            String repair = "migrate stamp --purge " + C3;
            assertThatThrownBy(() -> migrate.downgrade("-1"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining(problem)
                    .hasMessageContaining("Nothing was run")
                    .hasMessageContaining(repair);
            assertThatThrownBy(() -> migrate.downgrade("base")).hasMessageContaining(problem);
            assertThatThrownBy(() -> migrate.upgrade("heads")).hasMessageContaining(problem);
            assertThatThrownBy(() -> migrate.stamp(List.of(B2), false)).hasMessageContaining(problem);
            assertThatThrownBy(migrate::pending).hasMessageContaining(problem);

            assertThat(tableExists(db, "invoice")).as("nothing was downgraded").isTrue();
            assertThat(tableExists(db, "account")).isTrue();
            assertThat(queryStrings(db, "SELECT email FROM account")).containsExactly("a@example.com");
            assertThat(migrate.current()).containsExactly(A1, C3);

            // The repair the message names.
            migrate.stamp(List.of(C3), true);
            assertThat(migrate.current()).containsExactly(C3);
            migrate.downgrade("-1");
            assertThat(migrate.current()).containsExactly(B2);
            assertThat(tableExists(db, "invoice")).isFalse();
            assertThat(tableExists(db, "account")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStampWhoseTargetsOverlapIsRefusedOnlineAndOfflineAndWritesNothing(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = migrate(db, "engine/linear");
            String problem = A1 + " is an ancestor of " + C3;

            assertThatThrownBy(() -> migrate.stamp(List.of(A1, C3), false))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining(problem)
                    .hasMessageContaining("Nothing was stamped")
                    .hasMessageContaining("migrate stamp " + C3);
            assertThatThrownBy(() -> migrate.stamp(List.of(A1, C3), true)).hasMessageContaining(problem);
            assertThat(migrate.current()).isEmpty();

            StringBuilder script = new StringBuilder();
            assertThatThrownBy(() -> migrate.stampSql(List.of(A1, C3), false, kind.dialectName(), script))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining(problem);
            assertThat(script).as("no script that would leave overlapping rows").isEmpty();

            // Targets on separate lines of history, or one target, still stamp.
            migrate.stamp(List.of(C3), false);
            assertThat(migrate.current()).containsExactly(C3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aVersionRowThatVanishesDuringAStepFailsTheStep(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            migrate(db, "engine/linear").upgrade(B2);
            Migrate migrate = deletingTheVersionRowsAtEachStep(db);

            assertThatThrownBy(() -> migrate.upgrade("heads"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("Online migration expected to match one row when updating '" + B2 + "' to '"
                            + C3 + "' in 'migrate_version'; 0 found");
            assertThat(migrate.current()).as("the step did not record itself").isEmpty();
            assertThat(migrate.appliedHistory())
                    .filteredOn(row -> row.revision().equals(C3))
                    .extracting(AppliedRevision::success)
                    .containsOnly(false);

            // Where DDL commits (MariaDB, H2), the failed step's table stayed: clear it, then step down from a1.
            db.execute(
                    "DROP TABLE IF EXISTS invoice", "INSERT INTO migrate_version (version_num) VALUES ('" + A1 + "')");
            assertThatThrownBy(() -> migrate.downgrade("base"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("Online migration expected to match one row when deleting '" + A1
                            + "' in 'migrate_version'; 0 found");
        }
    }

    /** A runner beside another writer that does not share the lock, as issue 14's second runner was. */
    private static Migrate deletingTheVersionRowsAtEachStep(ScratchDatabase db) {
        return Migrate.configure()
                .dataSource(db.dataSource())
                .locations("classpath:engine/linear")
                .listener(new MigrationListener() {
                    @Override
                    public void stepStarting(MigrationStepInfo step, int index, int total) {
                        db.execute("DELETE FROM migrate_version");
                    }
                })
                .load();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTruncatedHistoryIsRefusedWhileChecksumsAreValidatedAndAStampRepairsIt(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = migrate(db, "engine/linear");
            migrate.upgrade(B2);
            db.execute("DELETE FROM migrate_history");

            assertThatThrownBy(() -> migrate.upgrade("heads"))
                    .isInstanceOf(MigrateException.class)
                    .hasMessageContaining("has no record of 2 applied revisions: " + A1 + " (")
                    .hasMessageContaining("001_create_account.sql), " + B2 + " (")
                    .hasMessageContaining("cannot check that applied scripts were not edited")
                    .hasMessageContaining("Nothing was run")
                    .hasMessageContaining("migrate stamp --purge " + B2)
                    .hasMessageContaining("validate_checksums=false");
            assertThat(tableExists(db, "invoice")).isFalse();
            assertThat(migrate.current()).containsExactly(B2);

            // With the check turned off there is nothing to check, so nothing to refuse.
            Migrate unchecked = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/linear")
                    .validateChecksums(false)
                    .load();
            assertThat(unchecked.pending()).hasSize(1);

            // The repair the message names: the stamp records the scripts as they are now.
            migrate.stamp(List.of(B2), true);
            migrate.upgrade("heads");
            assertThat(migrate.current()).containsExactly(C3);
            assertThat(tableExists(db, "invoice")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void revisionsBelowAStampNeedNoHistoryOfTheirOwn(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            db.execute("CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(100))");
            Migrate migrate = migrate(db, "engine/linear");
            migrate.stamp(List.of(B2), false);

            migrate.upgrade("heads");

            assertThat(migrate.current()).containsExactly(C3);
        }
    }
}
