package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upgrade --sql} writes the same catch-up and stamp as an online run inside a squashed range. */
class SquashedOfflineTest {

    @TempDir
    Path dir;

    private void write(String id, String down, String replaces, String upgrade) throws IOException {
        Files.writeString(
                dir.resolve(id + ".sql"),
                "-- revision: " + id + "\n-- down_revision: " + down
                        + (replaces.isEmpty() ? "" : "\n-- replaces: " + replaces) + "\n-- migrate:upgrade\n" + upgrade
                        + "\n-- migrate:downgrade\n");
    }

    @Test
    void fromInsideTheRangeTheScriptFinishesTheOriginalsThenMovesTheRow() throws IOException {
        write("a", "", "", "CREATE TABLE account (id INT PRIMARY KEY);");
        write("b", "a", "", "CREATE TABLE invoice (id INT PRIMARY KEY);");
        write(
                "s",
                "",
                "a, b",
                "CREATE TABLE account (id INT PRIMARY KEY);\nCREATE TABLE invoice (id INT PRIMARY KEY);");
        write("d", "b", "", "CREATE TABLE tag (id INT PRIMARY KEY);");
        Migrate migrate = Migrate.configure().locations("filesystem:" + dir).load();

        StringBuilder fromInside = new StringBuilder();
        migrate.upgradeSql("a:heads", "postgresql", fromInside);
        assertThat(fromInside.toString())
                .containsSubsequence(
                        "-- Running upgrade a -> b",
                        "CREATE TABLE invoice",
                        "UPDATE migrate_version SET version_num = 'b' WHERE version_num = 'a'",
                        "-- Running stamp_revision b -> s",
                        "UPDATE migrate_version SET version_num = 's' WHERE version_num = 'b'",
                        "-- Running upgrade s -> d",
                        "CREATE TABLE tag")
                .doesNotContain("CREATE TABLE account");

        StringBuilder fresh = new StringBuilder();
        migrate.upgradeSql("heads", "postgresql", fresh);
        assertThat(fresh.toString())
                .containsSubsequence(
                        "-- Running upgrade  -> s",
                        "CREATE TABLE account",
                        "CREATE TABLE invoice",
                        "-- Running upgrade s -> d")
                .doesNotContain("Running upgrade a");
    }
}
