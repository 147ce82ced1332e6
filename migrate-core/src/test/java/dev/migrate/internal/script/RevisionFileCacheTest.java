package dev.migrate.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import dev.migrate.internal.script.sql.SqlStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revision file cache: a second run takes an unchanged file's header and checksum from the
 * cache and reads the file only for its statements; any change to a file, even one that puts its
 * modification time back, makes the next run read it again.
 */
class RevisionFileCacheTest {

    /** A clock past the settling time of every file the test writes. */
    private static final LongSupplier LATER = () -> TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis())
            + Duration.ofMinutes(1).toNanos();

    @TempDir
    Path folder;

    @TempDir
    Path cacheFolder;

    private Path file;

    @BeforeEach
    void writeRevision() throws IOException {
        file = folder.resolve("a1_create_account.sql");
        Files.writeString(file, revision("create account", "CREATE TABLE account (id INT PRIMARY KEY)"));
    }

    @Test
    void aSecondRunTakesTheHeaderFromTheCacheAndReadsTheStatementsWhenTheyAreNeeded() throws IOException {
        RevisionScript read = readOnce();

        RevisionScript remembered = cache().read(file, "a1_create_account.sql");

        assertThat(remembered.node()).isEqualTo(read.node());
        assertThat(remembered.checksum()).isEqualTo(read.checksum());
        assertThat(remembered.transactional()).isEqualTo(read.transactional());
        assertThat(remembered.source()).isEqualTo(file.toString());
        assertThat(upgrade(remembered)).containsExactly("CREATE TABLE account (id INT PRIMARY KEY)");
        assertThat(((SqlMigration) remembered.migration()).lintAcknowledgements())
                .containsExactly("ignore=add-column-not-null reason=empty table");
    }

    @Test
    void aFileThatChangesAfterTheRunStartedIsRefusedBeforeItsStatementsRun() throws IOException {
        readOnce();
        RevisionScript remembered = cache().read(file, "a1_create_account.sql");

        Files.writeString(file, revision("create account", "DROP TABLE everything"));

        assertThatThrownBy(() -> upgrade(remembered))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(file + " changed while migrate was running")
                .hasMessageContaining("None of its statements ran");
    }

    @Test
    void aFileChangedWithItsSizeAndModificationTimeKeptIsReadAgain() throws IOException {
        readOnce();
        FileTime modified = Files.getLastModifiedTime(file);
        // the same length, and the old modification time put back: only the change time tells
        Files.writeString(file, revision("create acc0unt", "CREATE TABLE acc0unt (id INT PRIMARY KEY)"));
        Files.setLastModifiedTime(file, modified);

        RevisionScript read = cache().read(file, "a1_create_account.sql");

        assertThat(read.node().message()).isEqualTo("create acc0unt");
        assertThat(upgrade(read)).containsExactly("CREATE TABLE acc0unt (id INT PRIMARY KEY)");
    }

    @Test
    void filesChangedWithinTheSettlingTimeAreNotRemembered() throws IOException {
        RevisionFileCache cache = RevisionFileCache.open(
                cacheFolder, folder, () -> TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()));
        cache.read(file, "a1_create_account.sql");
        cache.save();

        assertThat(cache.file()).doesNotExist();
    }

    @Test
    void anUnreadableCacheFileIsIgnoredAndReplaced() throws IOException {
        RevisionFileCache first = cache();
        Files.createDirectories(first.file().getParent());
        Files.write(first.file(), new byte[] {0, 0, 0, 7, 'g', 'a', 'r'});

        RevisionScript read = first.read(file, "a1_create_account.sql");
        first.save();

        assertThat(read.node().id()).isEqualTo("a1");
        assertThat(cache().read(file, "a1_create_account.sql").checksum()).isEqualTo(read.checksum());
        assertThat(Files.size(first.file())).isGreaterThan(7);
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsTheNextRunItsReading() throws IOException {
        Path notAFolder = Files.writeString(cacheFolder.resolve("file"), "in the way");
        RevisionFileCache cache = RevisionFileCache.open(notAFolder, folder, LATER);

        RevisionScript read = cache.read(file, "a1_create_account.sql");
        cache.save();

        assertThat(read.node().id()).isEqualTo("a1");
        assertThat(notAFolder).hasContent("in the way");
    }

    @Test
    void aRemovedFileLeavesTheCache() throws IOException {
        Path second = Files.writeString(
                folder.resolve("b2.sql"), revision("second", "SELECT 1").replace("a1", "b2"));
        RevisionFileCache first = cache();
        first.read(file, "a1_create_account.sql");
        first.read(second, "b2.sql");
        first.save();
        assertThat(Files.readString(first.file(), StandardCharsets.ISO_8859_1)).contains("b2.sql");
        Files.delete(second);

        RevisionFileCache next = cache();
        next.read(file, "a1_create_account.sql");
        next.save();

        assertThat(Files.readString(next.file(), StandardCharsets.ISO_8859_1))
                .contains("a1_create_account.sql")
                .doesNotContain("b2.sql");
    }

    @Test
    void scriptDirectoryReadsTheSameRevisionsWithAndWithoutTheCache() throws IOException {
        Files.createDirectories(folder.resolve("nested"));
        Files.writeString(
                folder.resolve("nested/b2.sql"), revision("second", "SELECT 2").replace("a1", "b2"));
        List<String> location = List.of("filesystem:" + folder);

        // files are remembered once they have settled
        sleep(RevisionFileCache.SETTLED.plusMillis(200));

        List<RevisionScript> plain = ScriptDirectory.load(location, null);
        List<RevisionScript> cached = ScriptDirectory.load(location, null, cacheFolder);
        assertThat(cacheFolder)
                .isDirectoryContaining(path -> path.getFileName().toString().endsWith(".cache"));
        List<RevisionScript> again = ScriptDirectory.load(location, null, cacheFolder);

        for (List<RevisionScript> scripts : List.of(cached, again)) {
            assertThat(scripts).extracting(RevisionScript::source).isEqualTo(sources(plain));
            assertThat(scripts)
                    .extracting(RevisionScript::node)
                    .isEqualTo(plain.stream().map(RevisionScript::node).toList());
            assertThat(scripts)
                    .extracting(RevisionScript::checksum)
                    .isEqualTo(plain.stream().map(RevisionScript::checksum).toList());
            assertThat(scripts)
                    .extracting(RevisionFileCacheTest::upgrade)
                    .isEqualTo(
                            plain.stream().map(RevisionFileCacheTest::upgrade).toList());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sources(List<RevisionScript> scripts) {
        return scripts.stream().map(RevisionScript::source).toList();
    }

    private RevisionScript readOnce() throws IOException {
        RevisionFileCache cache = cache();
        RevisionScript read = cache.read(file, "a1_create_account.sql");
        cache.save();
        assertThat(cache.file()).exists();
        return read;
    }

    private RevisionFileCache cache() {
        return RevisionFileCache.open(cacheFolder, folder, LATER);
    }

    private static List<String> upgrade(RevisionScript script) {
        return ((SqlMigration) script.migration())
                .upgradeStatements("postgresql").stream().map(SqlStatement::sql).toList();
    }

    private static String revision(String message, String statement) {
        return """
                -- revision: a1
                -- message: %s
                -- lint: ignore=add-column-not-null reason=empty table
                -- migrate:upgrade
                %s;
                -- migrate:downgrade
                """.formatted(message, statement);
    }
}
