package dev.migrate.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.Migrate;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lint corpus (src/test/resources/lint/corpus and package lint.corpus): SQL and Java
 * revisions, each with the findings it must produce on each database (expected.tsv), linted
 * against a live database whose big_t holds more rows than the threshold and small_t fewer.
 */
class LintCorpusTest {

    private static final long THRESHOLD = 1000;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyCorpusRevisionProducesExactlyItsExpectedFindings(TestDatabase kind) throws Exception {
        Map<String, String> expected = expected(kind);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(60);
        assertThat(expected.values().stream().filter("-"::equals).count()).isGreaterThanOrEqualTo(30);
        try (ScratchDatabase db = TestDatabases.create(kind)) {
            createTables(db, kind);
            Migrate migrate = Migrate.configure()
                    .dataSource(db.dataSource())
                    .locations("classpath:lint/corpus")
                    .lintLargeTableRows(THRESHOLD)
                    .load();

            LintReport report = new Lint(migrate).run(":heads", null);

            Map<String, List<String>> actual = new LinkedHashMap<>();
            for (LintFinding finding : report.findings()) {
                actual.computeIfAbsent(finding.revision(), id -> new ArrayList<>())
                        .add(finding.rule().id() + ":" + finding.severity().label()
                                + (finding.acknowledgedBy() != null ? "+ack" : ""));
            }
            Map<String, String> got = new LinkedHashMap<>();
            for (String revision : expected.keySet()) {
                List<String> found = actual.getOrDefault(revision, List.of());
                got.put(revision, found.isEmpty() ? "-" : String.join(",", found));
            }
            assertThat(got).as("findings per revision on " + kind).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(actual.keySet()).isSubsetOf(expected.keySet());
            assertThat(report.failed()).isTrue();
        }
    }

    static void createTables(ScratchDatabase db, TestDatabase kind) {
        db.execute(
                "CREATE TABLE small_t (id INT PRIMARY KEY, name VARCHAR(50), amount INT)",
                "CREATE TABLE big_t (id INT PRIMARY KEY, name VARCHAR(50), amount INT, owner_id INT)");
        switch (kind) {
            case POSTGRES ->
                db.execute(
                        "INSERT INTO small_t SELECT g, 'n', g FROM generate_series(1, 10) g",
                        "INSERT INTO big_t SELECT g, 'n', g, 1 FROM generate_series(1, 2000) g",
                        "ANALYZE small_t",
                        "ANALYZE big_t");
            case MARIADB ->
                db.execute(
                        "INSERT INTO small_t SELECT seq, 'n', seq FROM seq_1_to_10",
                        "INSERT INTO big_t SELECT seq, 'n', seq, 1 FROM seq_1_to_2000",
                        "ANALYZE TABLE small_t, big_t");
            case H2 ->
                db.execute(
                        "INSERT INTO small_t SELECT X, 'n', X FROM SYSTEM_RANGE(1, 10)",
                        "INSERT INTO big_t SELECT X, 'n', X, 1 FROM SYSTEM_RANGE(1, 2000)");
        }
    }

    /** expected.tsv's column for this database, by revision. */
    static Map<String, String> expected(TestDatabase kind) throws IOException {
        int column =
                switch (kind) {
                    case POSTGRES -> 1;
                    case MARIADB -> 2;
                    case H2 -> 3;
                };
        Map<String, String> expected = new LinkedHashMap<>();
        try (InputStream in = LintCorpusTest.class.getResourceAsStream("/lint/corpus/expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                expected.put(cells[0], cells[column]);
            }
        }
        return expected;
    }
}
