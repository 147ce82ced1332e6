package dev.migrate.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.Migrate;
import dev.migrate.MigrationStatus;
import dev.migrate.RevisionState;
import dev.migrate.RevisionStatus;
import dev.migrate.spring.boot.library.Library;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.support.GenericApplicationContext;

/**
 * {@link MigrationStatus} and {@link MigrateHealthIndicator} against real databases in each
 * state a user meets: fresh, behind, up to date, and ahead of the scripts.
 */
class MigrationStatusTests {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFreshDatabaseHasEveryRevisionPending(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            MigrationStatus status = runner(database).status();
            assertThat(status.currentHeads()).isEmpty();
            assertThat(status.scriptHeads()).containsExactly(Library.HEAD);
            assertThat(status.pending()).containsExactlyElementsOf(Library.REVISIONS);
            assertThat(status.upToDate()).isFalse();
            Health health = new MigrateHealthIndicator(runner(database)).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails())
                    .containsEntry("upToDate", false)
                    .containsEntry("pending", Library.REVISIONS);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseBehindTheScriptsShowsWhatIsAppliedAndWhatIsNot(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            Migrate migrate = runner(database);
            migrate.upgrade(Library.BASE);
            MigrationStatus status = migrate.status();
            assertThat(status.revisions())
                    .extracting(RevisionStatus::revision, RevisionStatus::state)
                    .containsExactly(
                            tuple(Library.BASE, RevisionState.APPLIED), tuple(Library.HEAD, RevisionState.PENDING));
            RevisionStatus base = status.revisions().get(0);
            assertThat(base.lastApplied()).isNotNull();
            assertThat(base.checksumMatches()).isTrue();
            assertThat(status.revisions().get(1).lastApplied()).isNull();
            assertThat(status.appliedCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseAheadOfTheScriptsIsUnknownAndUnhealthy(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            Migrate migrate = runner(database);
            migrate.upgrade("heads");
            database.execute("UPDATE migrate_version SET version_num = 'ffffffffffff'");
            MigrationStatus status = migrate.status();
            assertThat(status.unknown()).containsExactly("ffffffffffff");
            assertThat(status.upToDate()).isFalse();
            Health health = new MigrateHealthIndicator(migrate).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("unknown", List.of("ffffffffffff"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAttemptThatNeverCompletedIsShownByHealthAndTheEndpoint(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            Migrate migrate = runner(database);
            migrate.upgrade(Library.BASE);
            // What a process killed mid-revision leaves: the "started" row, never completed.
            database.execute("INSERT INTO migrate_history (revision, direction, from_revisions, to_revisions, message,"
                    + " script, checksum, applied_at, applied_by, execution_ms, success) VALUES ('" + Library.HEAD
                    + "', 'upgrade', '" + Library.BASE + "', '" + Library.HEAD
                    + "', 'm', 'killed.sql', NULL, CURRENT_TIMESTAMP, 'killed_user', 0, FALSE)");

            Health health = new MigrateHealthIndicator(migrate).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails().get("unfinishedAttempts"))
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .singleElement()
                    .satisfies((attempt) -> {
                        UnfinishedAttempt unfinished = (UnfinishedAttempt) attempt;
                        assertThat(unfinished.revision()).isEqualTo(Library.HEAD);
                        assertThat(unfinished.direction()).isEqualTo("upgrade");
                        assertThat(unfinished.script()).isEqualTo("killed.sql");
                        assertThat(unfinished.startedBy()).isEqualTo("killed_user");
                        assertThat(unfinished.startedAt()).isNotNull();
                        assertThat(unfinished.warning()).contains("may be partly applied");
                    });

            GenericApplicationContext context = new GenericApplicationContext();
            context.registerBean("migrate", Migrate.class, () -> migrate);
            context.refresh();
            try (context) {
                MigrationsEndpoint.RunnerDescriptor runner = new MigrationsEndpoint(context)
                        .migrations()
                        .contexts()
                        .get(context.getId())
                        .runners()
                        .get("migrate");
                assertThat(runner.unfinishedAttempts())
                        .extracting(UnfinishedAttempt::revision)
                        .containsExactly(Library.HEAD);
            }

            migrate.upgrade("heads");
            assertThat(new MigrateHealthIndicator(migrate)
                            .health(true)
                            .getDetails()
                            .get("unfinishedAttempts"))
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEditedScriptNoLongerMatchesItsChecksum(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            Migrate migrate = runner(database);
            migrate.upgrade("heads");
            database.execute("UPDATE migrate_history SET checksum = 'edited' WHERE revision = '" + Library.HEAD + "'");
            RevisionStatus head = migrate.status().revisions().get(1);
            assertThat(head.revision()).isEqualTo(Library.HEAD);
            assertThat(head.checksumMatches()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void revisionsRecordedByStampAreStampedNotApplied(TestDatabase kind) {
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            Migrate migrate = runner(database);
            migrate.stamp(List.of(Library.HEAD), false);
            MigrationStatus stamped = migrate.status();
            assertThat(stamped.revisions())
                    .extracting(RevisionStatus::revision, RevisionStatus::state)
                    .containsExactly(
                            tuple(Library.BASE, RevisionState.STAMPED), tuple(Library.HEAD, RevisionState.STAMPED));
            assertThat(stamped.upToDate()).isTrue();
            assertThat(stamped.appliedCount()).isEqualTo(2);

            migrate.stamp(List.of("base"), false);
            migrate.upgrade(Library.BASE);
            migrate.stamp(List.of(Library.HEAD), false);
            assertThat(migrate.status().revisions())
                    .extracting(RevisionStatus::revision, RevisionStatus::state)
                    .containsExactly(
                            tuple(Library.BASE, RevisionState.APPLIED), tuple(Library.HEAD, RevisionState.STAMPED));
            assertThat(migrate.headsStatus().appliedCount()).isEqualTo(2);
        }
    }

    private static Migrate runner(ScratchDatabase database) {
        return Migrate.configure()
                .dataSource(database.dataSource())
                .locations(Library.LOCATION)
                .load();
    }
}
