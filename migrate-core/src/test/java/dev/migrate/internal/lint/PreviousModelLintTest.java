package dev.migrate.internal.lint;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.schema.SchemaModel;
import dev.migrate.schema.Table;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lint corpus judged against the previous release's model: a drop or rename of what it still
 * maps is an error, of what it no longer maps info; the lock findings do not change.
 */
class PreviousModelLintTest {

    /** The release still serving maps small_t whole, and big_t without name (it stopped using it). */
    private static final SchemaModel PREVIOUS = new SchemaModel(
            List.of(
                    Table.of(
                            "small_t",
                            column("id", integer()),
                            column("name", varchar(50)),
                            column("amount", integer())),
                    Table.of(
                            "big_t",
                            column("id", integer()),
                            column("amount", integer()),
                            column("owner_id", integer()))),
            List.of());

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dropsAndRenamesAreErrorsWhenThePreviousModelMapsTheNameAndInfoWhenItDoesNot(TestDatabase kind)
            throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            LintCorpusTest.createTables(db, kind);
            Migrate migrate = corpus(db);

            LintReport without = new Lint(migrate).run(":heads", null);
            LintReport with = new Lint(migrate).run(":heads", null, PreviousModel.of(PREVIOUS));

            assertThat(compatibility(with))
                    .as("drops and renames on " + kind)
                    .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                            Map.entry("s11", "rename-column small_t.name:error"),
                            Map.entry("s12", "rename-table small_t:error"),
                            Map.entry("s13", "rename-table small_t:error"),
                            Map.entry("s14", "drop-table small_t:error"),
                            Map.entry("s15", "drop-column big_t.name:info"),
                            Map.entry("s18", "drop-column small_t.amount:error+ack"),
                            Map.entry("s20", "rename-column big_t.name:info"),
                            Map.entry("s24", "drop-table small_t:error,drop-table big_t:error"),
                            Map.entry("j07", "rename-table small_t:error"),
                            Map.entry("j08", "rename-column small_t.name:error"),
                            Map.entry("j09", "drop-table small_t:error"),
                            Map.entry("j10", "drop-column big_t.name:info"),
                            Map.entry("j11", "drop-column big_t.owner_id:error+ack")));
            assertThat(compatibility(without).values()).allMatch(found -> found.contains(":warning"));
            assertThat(locks(with)).isEqualTo(locks(without));
            assertThat(with.text())
                    .contains(
                            "error [drop-table] DROP TABLE small_t",
                            "The previous release's entities still map small_t.",
                            "info [drop-column] ALTER TABLE big_t DROP COLUMN name",
                            "The previous release's entities no longer map big_t.name: safe to remove.");
            assertThat(without.text())
                    .contains("Give the previous release's entities (--previous-classpath) to know whether it"
                            + " still maps big_t.name.");
            assertThat(with.json()).contains("\"column\":\"name\"");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withAPreviousModelThatMapsNoneOfTheTablesEveryDropAndRenameIsInfo(TestDatabase kind) throws Exception {
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            LintCorpusTest.createTables(db, kind);

            LintReport report = new Lint(corpus(db)).run(":heads", null, PreviousModel.of(SchemaModel.empty()));

            assertThat(compatibility(report)).hasSize(13);
            assertThat(compatibility(report).values())
                    .allSatisfy(found -> assertThat(found).doesNotContain(":error", ":warning"));
        }
    }

    private static Migrate corpus(ScratchDatabase db) {
        return Migrate.configure()
                .dataSource(db.dataSource())
                .locations("classpath:lint/corpus")
                .lintLargeTableRows(1000)
                .load();
    }

    /** The drop and rename findings, per revision: {@code rule object:severity[+ack]}. */
    private static Map<String, String> compatibility(LintReport report) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (LintFinding finding : report.findings()) {
            if (finding.aboutPreviousRelease()) {
                found.computeIfAbsent(finding.revision(), id -> new ArrayList<>())
                        .add(finding.rule().id() + " " + finding.object() + ":"
                                + finding.severity().label() + (finding.acknowledgedBy() != null ? "+ack" : ""));
            }
        }
        Map<String, String> joined = new LinkedHashMap<>();
        found.forEach((revision, list) -> joined.put(revision, String.join(",", list)));
        return joined;
    }

    private static List<String> locks(LintReport report) {
        return report.findings().stream()
                .filter(finding -> !finding.aboutPreviousRelease())
                .map(finding -> finding.revision() + " " + finding.rule().id() + ":" + finding.severity())
                .toList();
    }
}
