package dev.migrate.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.Migrate;
import dev.migrate.MigrationStatus;
import dev.migrate.RevisionState;
import dev.migrate.RevisionStatus;
import dev.migrate.spring.boot.actuate.MigrationsEndpoint.RevisionDescriptor;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * A squashed revision in the status and the endpoint: it lists what it replaces, and a database
 * upgraded by the originals (now deleted) is up to date, not at an unknown revision.
 */
class SquashedRevisionStatusTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDatabaseAtTheEndOfASquashedRangeIsUpToDate(TestDatabase kind) throws IOException {
        write("a.sql", "a", "", "", "CREATE TABLE account (id INT PRIMARY KEY);", "DROP TABLE account;");
        write("b.sql", "b", "a", "", "CREATE TABLE invoice (id INT PRIMARY KEY);", "DROP TABLE invoice;");
        try (ScratchDatabase database = TestDatabases.create(kind)) {
            migrate(database).upgrade("heads");
            Files.delete(this.dir.resolve("a.sql"));
            Files.delete(this.dir.resolve("b.sql"));
            write(
                    "s.sql",
                    "s",
                    "",
                    "a, b",
                    "CREATE TABLE account (id INT PRIMARY KEY);\nCREATE TABLE invoice (id INT PRIMARY KEY);",
                    "DROP TABLE invoice;\nDROP TABLE account;");
            Migrate migrate = migrate(database);

            MigrationStatus status = migrate.status();
            assertThat(status.revisions())
                    .extracting(RevisionStatus::revision, RevisionStatus::state)
                    .containsExactly(tuple("s", RevisionState.APPLIED));
            assertThat(status.upToDate()).isTrue();
            assertThat(RevisionDescriptor.of(status.revisions().get(0), null).replaces())
                    .containsExactly("a", "b");
            Health health = new MigrateHealthIndicator(migrate).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
        }
    }

    private Migrate migrate(ScratchDatabase database) {
        return Migrate.configure()
                .dataSource(database.dataSource())
                .locations("filesystem:" + this.dir)
                .load();
    }

    private void write(String name, String id, String down, String replaces, String upgrade, String downgrade)
            throws IOException {
        Files.writeString(
                this.dir.resolve(name),
                "-- revision: " + id + "\n-- down_revision: " + down
                        + (replaces.isEmpty() ? "" : "\n-- replaces: " + replaces) + "\n-- migrate:upgrade\n" + upgrade
                        + "\n-- migrate:downgrade\n" + downgrade + "\n");
    }
}
