package dev.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.internal.dialect.ForwardingDataSource;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Migrate#status()}: each revision state, read from real databases. */
class MigrateStatusTest {

    private static final String A = "a0000000000a";
    private static final String B = "b0000000000b";
    private static final String C = "c0000000000c";
    private static final String D = "d0000000000d";

    @TempDir
    Path scripts;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void appliedAndPendingRevisionsAndAScriptEditedSinceItRan(TestDatabase kind) throws Exception {
        Path dir = revisions("abc", A, B, C);
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            migrate(db, dir).upgrade(B);

            MigrationStatus status = migrate(db, dir).status();
            assertThat(status.currentHeads()).containsExactly(B);
            assertThat(status.scriptHeads()).containsExactly(C);
            assertThat(status.revisions())
                    .extracting(RevisionStatus::revision, RevisionStatus::state)
                    .containsExactly(
                            tuple(A, RevisionState.APPLIED),
                            tuple(B, RevisionState.APPLIED),
                            tuple(C, RevisionState.PENDING));
            assertThat(status.pending()).containsExactly(C);
            assertThat(status.appliedCount()).isEqualTo(2);
            assertThat(status.upToDate()).isFalse();
            assertThat(status.revisions().get(1).lastApplied().direction()).isEqualTo(Direction.UPGRADE);
            assertThat(status.checksumChanged()).isEmpty();

            Files.writeString(dir.resolve("002.sql"), revision(B, A, "CREATE TABLE t_b (id INT PRIMARY KEY, x INT);"));
            MigrationStatus edited = migrate(db, dir).status();
            assertThat(edited.checksumChanged()).containsExactly(B);
            assertThat(edited.find(B).orElseThrow().checksumMatches()).isFalse();
            assertThat(edited.find("b000").map(RevisionStatus::revision)).contains(B);
            assertThat(edited.find("0")).as("no id starts with 0").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void stampedRevisionsAreRecordedWithoutRunning(TestDatabase kind) throws Exception {
        Path dir = revisions("abc", A, B, C);
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            migrate(db, dir).stamp(List.of(B), false);

            MigrationStatus status = migrate(db, dir).status();
            assertThat(status.revisions())
                    .extracting(RevisionStatus::revision, RevisionStatus::state)
                    .containsExactly(
                            tuple(A, RevisionState.STAMPED),
                            tuple(B, RevisionState.STAMPED),
                            tuple(C, RevisionState.PENDING));
            assertThat(status.appliedCount()).isEqualTo(2);
            assertThat(migrate(db, dir).headsStatus().appliedCount()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRevisionNoScriptDeclaresIsUnknown(TestDatabase kind) throws Exception {
        Path newer = revisions("abcd", A, B, C, D);
        Path older = revisions("abc", A, B, C);
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            migrate(db, newer).upgrade("heads");

            MigrationStatus status = migrate(db, older).status();
            assertThat(status.unknown()).containsExactly(D);
            assertThat(status.find(D).orElseThrow().state()).isEqualTo(RevisionState.UNKNOWN);
            assertThat(status.find(D).orElseThrow().lastApplied().script()).endsWith("004.sql");
            assertThat(status.upToDate()).isFalse();
            assertThat(migrate(db, older).headsStatus().unknown()).containsExactly(D);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailedAttemptIsUnfinished(TestDatabase kind) throws Exception {
        Path dir = revisions("abc", A, B);
        Files.writeString(dir.resolve("003.sql"), revision(C, B, "INSERT INTO no_such_table VALUES (1);"));
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            Migrate migrate = migrate(db, dir);
            assertThatThrownBy(() -> migrate.upgrade("heads")).hasMessageContaining(C);

            for (MigrationStatus status : List.of(migrate.status(), migrate.headsStatus())) {
                assertThat(status.currentHeads()).containsExactly(B);
                assertThat(status.pending()).containsExactly(C);
                assertThat(status.unfinished())
                        .extracting(row -> row.revision())
                        .containsExactly(C);
                assertThat(status.find(C).orElseThrow().isUnfinished()).isTrue();
                assertThat(status.find(B).orElseThrow().isUnfinished()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachStatusReadsTheDatabaseOnOneConnection(TestDatabase kind) throws Exception {
        Path dir = revisions("ab", A, B);
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            migrate(db, dir).upgrade(A);
            AtomicInteger opened = new AtomicInteger();
            Migrate counted = Migrate.configure()
                    .dataSource(new ForwardingDataSource(db.dataSource()) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            opened.incrementAndGet();
                            return target.getConnection();
                        }
                    })
                    .locations("filesystem:" + dir)
                    .load();

            // health checks and `migrate current` ask this often: a second connection would double their cost
            assertThat(counted.headsStatus().currentHeads()).containsExactly(A);
            assertThat(opened).hasValue(1);
            assertThat(counted.status().pending()).containsExactly(B);
            assertThat(opened).hasValue(2);
        }
    }

    private static Migrate migrate(ScratchDatabase db, Path dir) {
        return Migrate.configure()
                .dataSource(db.dataSource())
                .locations("filesystem:" + dir)
                .load();
    }

    /** A linear chain, each revision creating its own table. */
    private Path revisions(String name, String... ids) throws Exception {
        Path dir = Files.createDirectories(scripts.resolve(name));
        for (int i = 0; i < ids.length; i++) {
            String table = "t_" + ids[i].charAt(0);
            Files.writeString(
                    dir.resolve(String.format("%03d.sql", i + 1)),
                    revision(ids[i], i == 0 ? null : ids[i - 1], "CREATE TABLE " + table + " (id INT PRIMARY KEY);"));
        }
        return dir;
    }

    private static String revision(String id, String down, String upgrade) {
        return "-- revision: " + id + "\n" + (down == null ? "" : "-- down_revision: " + down + "\n") + "-- message: "
                + id + "\n-- migrate:upgrade\n" + upgrade + "\n-- migrate:downgrade\n";
    }
}
