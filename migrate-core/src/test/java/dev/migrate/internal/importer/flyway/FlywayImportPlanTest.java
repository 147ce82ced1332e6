package dev.migrate.internal.importer.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import dev.migrate.internal.importer.ImportedRevision;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The Flyway import's plan without a database: names, version order, baseline scripts, and the
 * matching of a history (the real-Flyway round trip is FlywayImportTest in migrate-cli).
 */
class FlywayImportPlanTest {

    @Test
    void readsFlywayNamesAsFlywayDoes() {
        FlywayScriptName dotted =
                FlywayScriptName.parse("V1.2_3__add_email_column.sql").orElseThrow();
        assertThat(dotted.kind()).isEqualTo(FlywayScriptName.Kind.VERSIONED);
        assertThat(dotted.version()).isEqualTo("1.2.3");
        assertThat(dotted.description()).isEqualTo("add email column");
        assertThat(FlywayScriptName.parse("R__views.sql").orElseThrow().version())
                .isNull();
        assertThat(FlywayScriptName.parse("V4__Add_admin.java").orElseThrow().java())
                .isTrue();
        assertThat(FlywayScriptName.parse("README.md")).isEmpty();
        assertThat(FlywayScriptName.compareVersions("1.10", "1.9")).isPositive();
        assertThat(FlywayScriptName.compareVersions("1.0", "1")).isZero();
    }

    @Test
    void theChecksumIsTheCrcOfTheLinesWithoutTheirEndings() {
        CRC32 crc = new CRC32();
        crc.update("SELECT 1;SELECT 2;".getBytes(StandardCharsets.UTF_8));
        assertThat(FlywayChecksum.of("SELECT 1;\r\nSELECT 2;\n"))
                .isEqualTo((int) crc.getValue())
                .isEqualTo(FlywayChecksum.of("\uFEFFSELECT 1;\nSELECT 2;"));
    }

    @Test
    void versionsAreOrderedNumericallyIntoOneChain() {
        FlywayImport plan =
                FlywayImport.of(List.of(sql("V1_10__ten.sql"), sql("V1_9__nine.sql"), sql("V1__one.sql")), Map.of());
        assertThat(plan.report().revisions()).extracting(ImportedRevision::id).containsExactly("V1", "V1_9", "V1_10");
        assertThat(plan.report().revisions().get(2).text()).contains("-- down_revision: V1_9\n", "-- message: ten\n");
    }

    @Test
    void twoScriptsOfOneVersionAreRefused() {
        assertThatThrownBy(() -> FlywayImport.of(List.of(sql("V1_2__a.sql"), sql("V1.2__b.sql")), Map.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("same version");
    }

    @Test
    void aBaselineScriptBesideItsVersionsIsWhereADatabaseBuiltFromItStands() {
        FlywayScript baseline = sql("B2__baseline.sql");
        FlywayImport plan = FlywayImport.of(
                List.of(sql("V1__one.sql"), sql("V2__two.sql"), baseline, sql("V3__three.sql")), Map.of());
        assertThat(plan.report().revisions()).extracting(ImportedRevision::id).containsExactly("V1", "V2", "V3");
        assertThat(plan.report().notes()).anyMatch(note -> note.contains("B2__baseline.sql is the state"));
        List<FlywayHistoryRow> history = List.of(
                new FlywayHistoryRow(1, "2", "baseline", "SQL_BASELINE", "B2__baseline.sql", baseline.checksum(), true),
                new FlywayHistoryRow(
                        2,
                        "3",
                        "three",
                        "SQL",
                        "V3__three.sql",
                        sql("V3__three.sql").checksum(),
                        true));
        assertThat(FlywayAppliedHistory.target(plan, history)).isEqualTo("V3");
    }

    @Test
    void aBaselineScriptWithoutItsVersionsIsTheRoot() {
        FlywayImport plan = FlywayImport.of(List.of(sql("B2__baseline.sql"), sql("V3__three.sql")), Map.of());
        assertThat(plan.report().revisions()).extracting(ImportedRevision::id).containsExactly("V2", "V3");
        assertThat(plan.report().revisions().get(0).text()).contains("-- down_revision: \n", "B2__baseline.sql");
    }

    @Test
    void aVersionLeftBehindIsRefused() {
        FlywayImport plan = FlywayImport.of(List.of(sql("V1__one.sql"), sql("V2__two.sql")), Map.of());
        List<FlywayHistoryRow> history = List.of(new FlywayHistoryRow(
                1, "2", "two", "SQL", "V2__two.sql", sql("V2__two.sql").checksum(), true));
        assertThatThrownBy(() -> FlywayAppliedHistory.target(plan, history))
                .hasMessageContaining("version 2 was applied after versions that were not: 1");
    }

    private static FlywayScript sql(String fileName) {
        String text = "-- " + fileName + "\nSELECT 1;\n";
        return new FlywayScript(
                FlywayScriptName.parse(fileName).orElseThrow(),
                Path.of("db/migration", fileName),
                text,
                FlywayChecksum.of(text));
    }
}
