package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.AlembicGolden;
import dev.migrate.testing.ProgramProcess.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stamp}'s progress lines and {@code history -i} on a database holding a row no script
 * defines, against what Alembic 1.8.1 printed for the golden graph (recordings and how they were
 * made: src/main/resources/dev/migrate/testing/golden in migrate-test-support).
 */
class CliStampGoldenTest {

    private static final String ALEMBIC_LOGGER = "INFO  [alembic.runtime.migration] ";

    @TempDir
    Path project;

    private String url;
    private InProcessCli cli;

    @BeforeEach
    void copyTheGoldenGraph() throws IOException {
        CliGoldenOutputTest.copyTheGoldenGraph(project);
        url = "jdbc:h2:file:" + project.resolve("golden") + ";DB_CLOSE_DELAY=0";
        cli = new InProcessCli(project).env("MIGRATE_URL", url);
    }

    @Test
    void everyStampMovePrintsAlembicsRunningStampRevisionLine() {
        List<String> lines = AlembicGolden.alembic("stamp-sequence.txt").lines().toList();
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] command = lines.get(i).substring("$ alembic ".length()).split(" ");
            StringBuilder expected = new StringBuilder();
            while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
                expected.append(sortedFrom(lines.get(++i).replace(ALEMBIC_LOGGER, ProgressListener.LOG_PREFIX)))
                        .append('\n');
            }
            Result stamp = cli.run(command);
            assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
            assertThat(stamp.out()).isEmpty();
            assertThat(stamp.err().lines().map(CliStampGoldenTest::sortedFrom).toList())
                    .as(String.join(" ", command))
                    .isEqualTo(expected.toString().lines().toList());
            checked++;
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void quietStampPrintsNothing() {
        Result stamp = cli.run("-q", "stamp", "heads");
        assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
        assertThat(stamp.err()).isEmpty();
    }

    @Test
    void historyIndicateCurrentListsTheHistoryWhenTheVersionTableHoldsAnUnknownRow() throws SQLException {
        assertThat(cli.run("stamp", "ffff00000006").exitCode()).isZero();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO migrate_version (version_num) VALUES ('0123456789ab')");
        }

        Result history = cli.run("history", "-i");

        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(AlembicGolden.normalize(history.out()))
                .isEqualTo(AlembicGolden.normalize(AlembicGolden.alembic("history-i-unknown-row.txt")));
        assertThat(history.err())
                .isEqualTo("WARNING: Can't locate revision identified by '0123456789ab': the version "
                        + "table records it, but no script defines it; it is not marked in this history.\n");
        Result current = cli.run("current");
        assertThat(current.exitCode()).isEqualTo(1);
        assertThat(current.err()).startsWith("FAILED: Can't locate revision identified by '0123456789ab'");
    }

    /** Alembic lists a stamp's starting rows in the version table's row order; migrate reads them sorted. */
    private static String sortedFrom(String line) {
        int arrow = line.indexOf(" -> ");
        int start = line.indexOf("stamp_revision ") + "stamp_revision ".length();
        if (arrow < 0 || start < "stamp_revision ".length() || arrow <= start) {
            return line;
        }
        List<String> from =
                new ArrayList<>(Arrays.asList(line.substring(start, arrow).split(", ")));
        from.sort(null);
        return line.substring(0, start) + String.join(", ", from) + line.substring(arrow);
    }
}
