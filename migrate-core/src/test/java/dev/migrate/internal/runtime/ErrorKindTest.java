package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.MigrateSettings;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.RevisionFormat;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.command.Console;
import dev.migrate.internal.command.InitCommand;
import dev.migrate.internal.dialect.DatabaseLock;
import dev.migrate.internal.dialect.Dialect;
import dev.migrate.internal.dialect.ReflectionFilter;
import dev.migrate.ops.DropTable;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each {@link ErrorKind} from a failure a user can really run into, thrown where it happens, on a
 * real database where the failure needs one. A launcher chooses its advice by the kind alone.
 */
class ErrorKindTest {

    @TempDir
    Path folder;

    private static final String FIRST = "-- revision: a1\n-- migrate:upgrade\nCREATE TABLE first (id INT);\n"
            + "-- migrate:downgrade\nDROP TABLE first;\n";
    private static final String SECOND = "-- revision: a2\n-- down_revision: a1\n-- migrate:upgrade\n"
            + "CREATE TABLE second (id INT);\n-- migrate:downgrade\nDROP TABLE second;\n";

    @Test
    void aTargetNoScriptDefinesIsAnUnknownRevision() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            Migrate migrate = EngineTest.migrate(db, "engine/linear");
            assertThat(kindOf(() -> migrate.upgrade("0ddba11"))).isEqualTo(ErrorKind.UNKNOWN_REVISION);
        }
    }

    @Test
    void aRevisionTheDatabaseRecordsWithoutItsScriptIsAnUnknownRevision() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            write("001_first.sql", FIRST);
            write("002_second.sql", SECOND);
            load(db).upgrade("heads");
            Files.delete(folder.resolve("002_second.sql"));

            MigrateException failure = failure(() -> load(db).upgrade("heads"));

            assertThat(failure.kind()).isEqualTo(ErrorKind.UNKNOWN_REVISION);
            assertThat(failure).hasMessageContaining("Can't locate revision identified by 'a2'");
        }
    }

    @Test
    void anEditedAppliedScriptIsAChecksumMismatch() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.MARIADB)) {
            write("001_first.sql", FIRST);
            load(db).upgrade("heads");
            write("001_first.sql", FIRST.replace("(id INT)", "(id BIGINT)"));
            write("002_second.sql", SECOND);

            assertThat(kindOf(() -> load(db).upgrade("heads"))).isEqualTo(ErrorKind.CHECKSUM_MISMATCH);
        }
    }

    @Test
    void aTruncatedHistoryLogIsMissingHistory() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            write("001_first.sql", FIRST);
            load(db).upgrade("heads");
            db.execute("DELETE FROM migrate_history");
            write("002_second.sql", SECOND);

            assertThat(kindOf(() -> load(db).upgrade("heads"))).isEqualTo(ErrorKind.MISSING_HISTORY);
        }
    }

    @Test
    void aLockHeldPastTheTimeoutIsALockTimeout() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.MARIADB);
                Connection holder = db.connect()) {
            DatabaseLock lock = Dialect.of(holder).lock();
            assertThat(lock.acquire(
                            holder,
                            MigrationRunner.lockName(holder, MigrateSettings.defaults()),
                            Duration.ofSeconds(5)))
                    .isTrue();
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/linear")
                    .lockTimeout(Duration.ofMillis(300))
                    .load();

            assertThat(kindOf(() -> migrate.upgrade("heads"))).isEqualTo(ErrorKind.LOCK_TIMEOUT);
        }
    }

    @Test
    void aRefusedStatementIsAFailedStatementAndItsRetryAnUnfinishedAttempt() throws Exception {
        // MariaDB commits DDL as it runs: the first attempt leaves its table, which the second trips over.
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.MARIADB)) {
            Migrate migrate = EngineTest.migrate(db, "engine/failing");

            assertThat(kindOf(() -> migrate.upgrade("heads"))).isEqualTo(ErrorKind.STATEMENT_FAILED);
            MigrateException retry = failure(() -> migrate.upgrade("heads"));

            assertThat(retry.kind()).isEqualTo(ErrorKind.UNFINISHED_ATTEMPT);
            assertThat(retry).hasMessageContaining("An earlier attempt may have left part of it");
        }
    }

    @Test
    void aFailedStatementOnPostgresIsAFailedStatement() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            assertThat(kindOf(() -> EngineTest.migrate(db, "engine/failing").upgrade("heads")))
                    .isEqualTo(ErrorKind.STATEMENT_FAILED);
        }
    }

    @Test
    void anUnclosedStringInASqlRevisionIsABadScript() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            write("001_first.sql", FIRST);
            write(
                    "002_broken.sql",
                    "-- revision: a2\n-- down_revision: a1\n-- migrate:upgrade\n"
                            + "INSERT INTO first VALUES ('open);\n-- migrate:downgrade\n");

            assertThat(kindOf(() -> load(db).upgrade("heads"))).isEqualTo(ErrorKind.BAD_SCRIPT);
        }
    }

    @Test
    void aDropWithoutItsDefinitionIsIrreversible() {
        assertThat(kindOf(() -> new DropTable(null, "account", false, null).reverse()))
                .isEqualTo(ErrorKind.IRREVERSIBLE);
    }

    @Test
    void aMissingDownRevisionIsABadRevisionGraph() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            write("002_second.sql", SECOND);
            assertThat(kindOf(() -> load(db))).isEqualTo(ErrorKind.BAD_REVISION_GRAPH);
        }
    }

    @Test
    void headWithTwoBranchesIsMultipleHeads() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            write("001_first.sql", FIRST);
            write("002_second.sql", SECOND);
            write("003_other.sql", SECOND.replace("a2", "b2").replace("second", "other"));

            assertThat(kindOf(() -> load(db).upgrade("head"))).isEqualTo(ErrorKind.MULTIPLE_HEADS);
        }
    }

    @Test
    void aRelativeTargetPastTheHeadIsABadTarget() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            assertThat(kindOf(() -> EngineTest.migrate(db, "engine/linear").upgrade("+5")))
                    .isEqualTo(ErrorKind.BAD_TARGET);
        }
    }

    @Test
    void aVersionTableOfAnotherShapeIsAnInconsistentVersionTable() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            db.execute("CREATE TABLE migrate_version (release_name VARCHAR(20))");
            assertThat(kindOf(() -> EngineTest.migrate(db, "engine/linear").upgrade("heads")))
                    .isEqualTo(ErrorKind.INCONSISTENT_VERSION_TABLE);
        }
    }

    @Test
    void comparingWithPendingRevisionsIsNotAtHead() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            Migrate migrate = EngineTest.migrate(db, "engine/linear");
            assertThat(kindOf(() -> Autogenerate.compare(migrate, SchemaModel.empty(), CompareOptions.defaults())))
                    .isEqualTo(ErrorKind.NOT_AT_HEAD);
        }
    }

    @Test
    void aServerThatIsNotThereIsAFailedConnectionWithoutThePassword() {
        Migrate migrate = Migrate.configure()
                .url("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "someone", "s3cret-Pw")
                .locations("classpath:engine/linear")
                .load();

        MigrateException failure = failure(() -> migrate.upgrade("heads"));

        assertThat(failure.kind()).isEqualTo(ErrorKind.CONNECTION_FAILED);
        assertThat(failure).hasMessageNotContaining("s3cret-Pw");
        assertThat(failure(migrate::current).kind()).isEqualTo(ErrorKind.CONNECTION_FAILED);
    }

    @Test
    void readingTheCatalogOnALostConnectionIsADatabaseError() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.POSTGRES)) {
            Connection connection = db.connect();
            Dialect dialect = Dialect.of(connection);
            connection.close();

            assertThat(kindOf(() -> dialect.reflector().reflect(connection, ReflectionFilter.defaults())))
                    .isEqualTo(ErrorKind.DATABASE_ERROR);
        }
    }

    @Test
    void anUnknownDialectIsAnUnsupportedDatabase() {
        assertThat(kindOf(() -> Dialect.named("oracle"))).isEqualTo(ErrorKind.UNSUPPORTED_DATABASE);
    }

    @Test
    void aQualifiedTableNameSettingIsABadConfiguration() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            MigrateException failure = failure(() -> Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:engine/linear")
                    .versionTable("audit.migrate_version")
                    .load());
            assertThat(failure).isInstanceOf(BadInputException.class);
            assertThat(failure.kind()).isEqualTo(ErrorKind.BAD_CONFIGURATION);
        }
    }

    @Test
    void anOfflineDowngradeWithoutARangeIsBadUsage() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            Migrate migrate = EngineTest.migrate(db, "engine/linear");
            assertThat(kindOf(() -> migrate.downgradeSql("base", "postgresql", new StringBuilder())))
                    .isEqualTo(ErrorKind.BAD_USAGE);
        }
    }

    @Test
    void aTaggedSqliteScriptFromARevisionIsOfflineUnsupported() throws Exception {
        try (ScratchDatabase db = TestDatabases.create(TestDatabase.H2)) {
            Migrate migrate = EngineTest.migrate(db, "engine/linear");
            assertThat(kindOf(() -> migrate.upgradeSql("a1000000000a:head", "sqlite", "v1", new StringBuilder())))
                    .isEqualTo(ErrorKind.OFFLINE_UNSUPPORTED);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsAFileAccessFailure() throws Exception {
        Path file = write("taken", "not a folder");
        InitCommand init = new InitCommand(new Console(
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), true));

        assertThat(kindOf(() ->
                        init.init(file.resolve("migrations"), RevisionFormat.SQL, folder.resolve("m.properties"))))
                .isEqualTo(ErrorKind.FILE_ACCESS);
    }

    private Migrate load(ScratchDatabase db) {
        return Migrate.configure()
                .dataSource(db.dataSource())
                .locations("filesystem:" + folder)
                .load();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }

    private static ErrorKind kindOf(Executable failing) {
        return failure(failing).kind();
    }

    private static MigrateException failure(Executable failing) {
        return assertThrows(MigrateException.class, failing);
    }
}
