package dev.migrate.ops;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import dev.migrate.Migrate;
import dev.migrate.testing.DatabaseClient;
import dev.migrate.testing.ScratchDatabase;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code op.loadCsv}: the rows of {@code engine/seeddata/owners.csv} (quoted separators, doubled
 * quotes and a line break in a field, an unquoted empty field as NULL, a quoted one as the empty
 * string, booleans, dates and decimals) reach each database online, and the offline script holds
 * them as literals that load the same rows.
 */
class LoadCsvTest {

    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList(1L, "George Franklin", "Madison", true, "1970-01-31", new BigDecimal("12.50")),
            Arrays.asList(2L, "Davis, Betty", "", false, null, null),
            Arrays.asList(3L, "Jean \"JC\" Coleman\r\nthe second", null, true, "2001-12-01", new BigDecimal("-3.00")));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theRowsOfTheCsvAreLoadedOnlineAndByTheOfflineScript(TestDatabase kind) throws Exception {
        try (ScratchDatabase online = TestDatabases.create(kind);
                ScratchDatabase offline = TestDatabases.create(kind)) {
            Migrate.configure()
                    .dataSource(online.dataSource())
                    .locations("classpath:engine/seed")
                    .load()
                    .upgrade("head");
            assertThat(rows(online)).isEqualTo(ROWS);

            StringBuilder script = new StringBuilder();
            Migrate.configure()
                    .locations("classpath:engine/seed")
                    .load()
                    .upgradeSql("base:head", kind.dialectName(), script);
            assertThat(script).contains("'Davis, Betty'").contains("'Jean \"JC\" Coleman");
            java.nio.file.Path file = java.nio.file.Files.createTempFile("seed", ".sql");
            try {
                java.nio.file.Files.writeString(file, script);
                DatabaseClient.run(offline, file);
            } finally {
                java.nio.file.Files.delete(file);
            }
            assertThat(rows(offline)).isEqualTo(ROWS);
        }
    }

    @Test
    void aHeaderColumnWithoutATypeAndAFieldThatIsNotItsTypeAreNamedWithTheLine() {
        assertThatThrownBy(() -> CsvRows.read(
                        "engine/seeddata/owners.csv",
                        "owner",
                        ',',
                        List.of(column("id", bigint()), column("name", varchar(100)))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("engine/seeddata/owners.csv line 1 names the column 'city'");
        assertThatThrownBy(() -> CsvRows.read(
                        "engine/seeddata/owners.csv",
                        "owner",
                        ',',
                        List.of(
                                column("id", bigint()),
                                column("name", bigint()),
                                column("city", varchar(5)),
                                column("active", varchar(5)),
                                column("born", varchar(10)),
                                column("balance", varchar(9)))))
                .hasMessageContaining("line 2 column 'name': 'George Franklin' is not a value of type bigint()");
        assertThatThrownBy(() -> CsvRows.read("db/data/missing.csv", "owner", ',', List.of(column("id", bigint()))))
                .hasMessageContaining("db/data/missing.csv is not on the class path");
    }

    private static List<List<Object>> rows(ScratchDatabase database) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery("SELECT id, name, city, active, born, balance FROM owner ORDER BY id")) {
            while (result.next()) {
                java.sql.Date born = result.getDate(5);
                rows.add(Arrays.asList(
                        result.getLong(1),
                        result.getString(2),
                        result.getString(3),
                        result.getBoolean(4),
                        born == null ? null : born.toLocalDate().toString(),
                        result.getBigDecimal(6) == null
                                ? null
                                : result.getBigDecimal(6).setScale(2)));
            }
        }
        return rows;
    }
}
