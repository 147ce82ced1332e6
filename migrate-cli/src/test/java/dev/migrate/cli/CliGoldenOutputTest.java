package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.AlembicGolden;
import dev.migrate.testing.ProgramProcess;
import dev.migrate.testing.ProgramProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program's output for the golden graph (branches, a merge, labels, dependencies) against
 * Alembic's, from a separate process: what a script reading Alembic's output would read.
 */
class CliGoldenOutputTest {

    @TempDir
    Path project;

    @BeforeEach
    void copyTheGoldenGraph() throws IOException {
        copyTheGoldenGraph(project);
    }

    /** The golden graph's revisions in {@code project}/versions, and a migrate.properties that reads them. */
    static void copyTheGoldenGraph(Path project) throws IOException {
        Path versions = Files.createDirectories(project.resolve("versions"));
        for (String file : AlembicGolden.VERSION_FILES) {
            Files.writeString(versions.resolve(file), AlembicGolden.version(file));
        }
        Files.writeString(project.resolve("migrate.properties"), "locations = filesystem:versions\n");
    }

    @Test
    void historyHeadsBranchesAndShowPrintWhatAlembicPrints() {
        ProgramProcess cli = CliProcess.fromClassPath(project);
        assertSame(cli.run("history", "-v"), "history-v.txt");
        assertSame(cli.run("history", "-r", "aaaa00000001:eeee00000005"), "history-range.txt");
        assertSame(cli.run("heads"), "heads.txt");
        assertSame(cli.run("branches", "-v"), "branches-v.txt");
        assertSame(cli.run("show", "eeee"), "show-merge.txt");
    }

    @Test
    void errorsUseAlembicsWording() {
        ProgramProcess cli = CliProcess.fromClassPath(project);
        Result unknown = cli.run("show", "zzzz");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo(AlembicGolden.alembic("show-unknown.txt"));
        Result badRange = cli.run("history", "-r", "aaaa");
        assertThat(badRange.exitCode()).isEqualTo(2);
        assertThat(badRange.err()).isEqualTo(AlembicGolden.alembic("history-badrange.txt"));
    }

    private static void assertSame(Result result, String golden) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).as(golden).isEmpty();
        assertThat(AlembicGolden.normalize(result.out()))
                .as(golden)
                .isEqualTo(AlembicGolden.normalize(AlembicGolden.alembic(golden)));
    }
}
