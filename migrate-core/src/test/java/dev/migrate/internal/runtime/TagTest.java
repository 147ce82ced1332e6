package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.AppliedRevision;
import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.testing.DatabaseClient;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code --tag}: upgrade, downgrade and stamp write it into their history rows, online and in
 * offline scripts; a history log made before the tag column existed keeps working.
 */
class TagTest {

    private static final String LINEAR = "engine/linear";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void upgradeDowngradeAndStampWriteTheirTagIntoTheirHistoryRows(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = EngineTest.migrate(db, LINEAR);
            migrate.upgrade("b2000000000b", "release-41");
            migrate.upgrade("heads");
            migrate.downgrade("-1", "rollback 7");
            migrate.stamp(List.of("heads"), false, "fix-3");

            assertThat(migrate.appliedHistory())
                    .extracting(
                            AppliedRevision::revision, row -> row.direction().label(), AppliedRevision::tag)
                    .containsExactly(
                            tuple("a1000000000a", "upgrade", "release-41"),
                            tuple("b2000000000b", "upgrade", "release-41"),
                            tuple("c3000000000c", "upgrade", null),
                            tuple("c3000000000c", "downgrade", "rollback 7"),
                            tuple("c3000000000c", "stamp", "fix-3"));
            assertThat(EngineTest.queryStrings(db, "SELECT tag FROM migrate_history WHERE revision = 'a1000000000a'"))
                    .containsExactly("release-41");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aHistoryLogWithoutTheTagColumnIsReadAsItIsAndGetsTheColumnWhenNextWritten(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = atTheFirstRevisionWithALogWithoutTags(db);

            assertThat(migrate.appliedHistory())
                    .extracting(AppliedRevision::revision, AppliedRevision::tag)
                    .containsExactly(tuple("a1000000000a", null));
            assertThat(migrate.current()).containsExactly("a1000000000a");
            assertThat(hasTagColumn(db))
                    .as("read-only commands never alter the log")
                    .isFalse();

            migrate.upgrade("b2000000000b", "release-42");

            assertThat(hasTagColumn(db)).isTrue();
            assertThat(migrate.appliedHistory())
                    .extracting(AppliedRevision::revision, AppliedRevision::tag)
                    .containsExactly(tuple("a1000000000a", null), tuple("b2000000000b", "release-42"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUntaggedStampAlsoAddsTheColumnToAnOldLog(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = atTheFirstRevisionWithALogWithoutTags(db);

            migrate.stamp(List.of("b2000000000b"), false);

            assertThat(hasTagColumn(db)).isTrue();
            assertThat(migrate.current()).containsExactly("b2000000000b");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOfflineScriptWithATagAddsTheColumnWhereTheLogHasNone(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = atTheFirstRevisionWithALogWithoutTags(db);
            StringBuilder sql = new StringBuilder();
            Migrate.configure()
                    .locations("classpath:" + LINEAR)
                    .load()
                    .upgradeSql("a1000000000a:heads", kind.dialectName(), "dba-ticket-9", sql);
            Path script = Files.writeString(temp.resolve("upgrade.sql"), sql.toString());

            DatabaseClient.run(db, script);

            assertThat(migrate.current()).containsExactly("c3000000000c");
            assertThat(migrate.appliedHistory())
                    .extracting(AppliedRevision::revision, AppliedRevision::tag)
                    .containsExactly(
                            tuple("a1000000000a", null),
                            tuple("b2000000000b", "dba-ticket-9"),
                            tuple("c3000000000c", "dba-ticket-9"));
        }
    }

    @Test
    void anOfflineScriptWithoutATagNamesNoTagColumnSoOldLogsTakeIt() {
        StringBuilder sql = new StringBuilder();
        Migrate.configure().locations("classpath:" + LINEAR).load().upgradeSql("a1000000000a:heads", "postgresql", sql);
        assertThat(sql.toString()).doesNotContain("tag").contains("INSERT INTO migrate_history (revision,");
    }

    @Test
    void aTagFromTheBuilderIsWrittenWhenACallNamesNone() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:" + LINEAR)
                    .tag("deploy-2026-12-06")
                    .load();
            migrate.upgrade("a1000000000a");
            migrate.upgrade("heads", "hotfix");
            assertThat(migrate.appliedHistory())
                    .extracting(AppliedRevision::tag)
                    .containsExactly("deploy-2026-12-06", "hotfix", "hotfix");
        }
    }

    @Test
    void aTagMustBeOneShortLine() {
        Migrate migrate = Migrate.configure().locations("classpath:" + LINEAR).load();
        StringBuilder sql = new StringBuilder();
        assertThatThrownBy(() -> migrate.upgradeSql("heads", "h2", " ", sql))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("--tag ' ' is not a tag");
        assertThatThrownBy(() -> migrate.upgradeSql("heads", "h2", "x".repeat(256), sql))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("1 to 255 characters");
        assertThatThrownBy(() -> Migrate.configure().tag("two\nlines").load())
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("The 'tag' setting");
    }

    /** A database upgraded by a migrate whose history log had no tag column yet. */
    private static Migrate atTheFirstRevisionWithALogWithoutTags(ScratchDatabase db) throws SQLException {
        Migrate migrate = EngineTest.migrate(db, LINEAR);
        migrate.upgrade("a1000000000a");
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("ALTER TABLE migrate_history DROP COLUMN tag");
        }
        return migrate;
    }

    private static boolean hasTagColumn(ScratchDatabase db) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.executeQuery("SELECT tag FROM migrate_history WHERE 1 = 0").close();
            return true;
        } catch (SQLException missing) {
            return false;
        }
    }
}
