package dev.migrate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.internal.script.graph.GraphRevisions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadTest {

    @TempDir
    Path root;

    @Test
    void migrateReadsTheGeneratedRevisionsAsOneLineFromBaseToHead() {
        Workload workload = Workload.write(root, 5);

        Migrate migrate = Migrate.configure()
                .locations("filesystem:" + workload.migrateDirectory())
                .load();

        assertThat(migrate.scripts()).hasSize(5);
        assertThat(migrate.revisions().bases()).containsExactly(Workload.revisionId(1));
        assertThat(migrate.revisions().heads()).containsExactly(Workload.revisionId(5));
        assertThat(GraphRevisions.graphOf(migrate.revisions()).upgradeSteps(List.of(), "heads"))
                .hasSize(5);
    }

    @Test
    void everyToolGetsTheSameStatements() throws Exception {
        Workload workload = Workload.write(root, 3);

        String changelog = Files.readString(workload.liquibaseDirectory().resolve(Workload.LIQUIBASE_CHANGELOG));
        String flywaySecond = Files.readString(workload.flywayDirectory().resolve("V2__create_t_00002.sql"));
        String migrateSecond;
        try (Stream<Path> files = Files.list(workload.migrateDirectory())) {
            Path second = files.filter(file -> file.getFileName().toString().contains("t_00002"))
                    .findFirst()
                    .orElseThrow();
            migrateSecond = Files.readString(second);
        }

        String statement = workload.statements().get(1);
        assertThat(statement).startsWith("CREATE TABLE t_00002 ");
        assertThat(flywaySecond).isEqualTo(statement + ";\n");
        assertThat(migrateSecond).contains("-- migrate:upgrade\n" + statement + ";\n");
        assertThat(changelog)
                .startsWith("--liquibase formatted sql\n")
                .contains("--changeset bench:2\n" + statement + ";\n");
    }
}
