package dev.migrate.internal.dialect;

import static dev.migrate.schema.Columns.column;
import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.binary;
import static dev.migrate.schema.Types.bool;
import static dev.migrate.schema.Types.date;
import static dev.migrate.schema.Types.doublePrecision;
import static dev.migrate.schema.Types.enumType;
import static dev.migrate.schema.Types.fixedChar;
import static dev.migrate.schema.Types.integer;
import static dev.migrate.schema.Types.json;
import static dev.migrate.schema.Types.numeric;
import static dev.migrate.schema.Types.real;
import static dev.migrate.schema.Types.smallint;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.time;
import static dev.migrate.schema.Types.timestamp;
import static dev.migrate.schema.Types.timestampWithTimeZone;
import static dev.migrate.schema.Types.uuid;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.Execute;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every portable type on every database: a table with one column of each is created, a row is
 * inserted online (values bound) and another offline-style (values written as literals), and
 * both read back as the values given.
 */
class PortableTypesTest {

    static final String NASTY = "O'Brien \\ \"q\" ; -- \n DROP TABLE users; '' \\'";
    static final UUID ID = UUID.fromString("5f0c7a3e-1d2b-4c5a-9e8f-0a1b2c3d4e5f");
    static final OffsetDateTime ZONED = OffsetDateTime.of(2024, 2, 29, 13, 14, 15, 0, ZoneOffset.ofHours(2));

    static final List<Column> COLUMNS = List.of(
            column("id", bigint()).primaryKey().column(),
            column("flag", bool()),
            column("small", smallint()),
            column("num", integer()),
            column("big", bigint()),
            column("name", varchar(80)),
            column("code", fixedChar(3)),
            column("body", text()),
            column("amount", numeric(12, 3)),
            column("ratio", real()),
            column("measure", doublePrecision()),
            column("born", date()),
            column("at_time", time()),
            column("ts", timestamp()),
            column("tstz", timestampWithTimeZone()),
            column("uid", uuid()),
            column("doc", json()),
            column("data", binary()),
            column("small_data", binary(16)),
            column("mood", enumType("mood", "sad", "happy")));

    static List<Object> values(long id) {
        return Arrays.asList(
                id,
                true,
                (short) 7,
                123456,
                9_000_000_000L,
                NASTY,
                "abc",
                "line one\nline two",
                new BigDecimal("12345.678"),
                1.5f,
                2.25d,
                LocalDate.of(2024, 2, 29),
                LocalTime.of(13, 14, 15),
                LocalDateTime.of(2024, 2, 29, 13, 14, 15, 123456000),
                ZONED,
                ID,
                "{\"a\": 1}",
                new byte[] {0, 1, 2, (byte) 255},
                new byte[] {9, 8},
                "happy");
    }

    static List<Object> nulls(long id) {
        List<Object> row = new ArrayList<>();
        row.add(id);
        for (int i = 1; i < COLUMNS.size(); i++) {
            row.add(null);
        }
        return row;
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void boundAndLiteralValuesOfEveryTypeReadBackAsGiven(Target target) throws Exception {
        try (LiveDatabase db = target.open()) {
            db.run(new CreateTable(
                    new Table(
                            null,
                            "samples",
                            COLUMNS,
                            new dev.migrate.schema.PrimaryKey(null, List.of("id")),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            null),
                    false));
            db.run(new BulkInsert(null, "samples", COLUMNS, List.of(values(1), nulls(2))));
            for (String sql :
                    db.dialect().render(new BulkInsert(null, "samples", COLUMNS, List.of(values(3), nulls(4))))) {
                db.run(new Execute(sql));
            }
            assertRow(db, 1);
            assertRow(db, 3);
            assertNulls(db, 2);
            assertNulls(db, 4);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void inlineLiteralsCanBeEmbeddedInRawSql(Target target) throws Exception {
        try (LiveDatabase db = target.open()) {
            db.run(new CreateTable(
                    Table.of(
                            "notes",
                            column("id", integer()).primaryKey(),
                            column("body", varchar(100)),
                            column("due", date()),
                            column("done", bool())),
                    false));
            Dialect d = db.dialect();
            db.run(new Execute("INSERT INTO notes (id, body, due, done) VALUES (1, " + d.literal(NASTY, varchar(100))
                    + ", " + d.literal(LocalDate.of(1999, 12, 31), date()) + ", " + d.literal(true, bool()) + ")"));
            try (Statement s = db.connection().createStatement();
                    ResultSet rs = s.executeQuery("SELECT body, due, done FROM notes WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(NASTY);
                assertThat(rs.getString(2)).isEqualTo("1999-12-31");
                assertThat(rs.getBoolean(3)).isTrue();
            }
        }
    }

    private static void assertRow(LiveDatabase db, long id) throws SQLException {
        try (Statement s = db.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM samples WHERE id = " + id)) {
            assertThat(rs.next()).as("row %s", id).isTrue();
            assertThat(rs.getBoolean("flag")).isTrue();
            assertThat(rs.getLong("small")).isEqualTo(7);
            assertThat(rs.getLong("num")).isEqualTo(123456);
            assertThat(rs.getLong("big")).isEqualTo(9_000_000_000L);
            assertThat(rs.getString("name")).isEqualTo(NASTY);
            assertThat(rs.getString("code")).isEqualTo("abc");
            assertThat(rs.getString("body")).isEqualTo("line one\nline two");
            assertThat(rs.getBigDecimal("amount")).isEqualByComparingTo("12345.678");
            assertThat(rs.getFloat("ratio")).isEqualTo(1.5f);
            assertThat(rs.getDouble("measure")).isEqualTo(2.25d);
            assertThat(rs.getString("born")).isEqualTo("2024-02-29");
            assertThat(rs.getString("at_time")).startsWith("13:14:15");
            assertThat(rs.getString("ts")).startsWith("2024-02-29 13:14:15.123456");
            assertThat(zoned(db.target(), rs)).isEqualTo(ZONED.toInstant());
            assertThat(rs.getString("uid")).isEqualToIgnoringCase(ID.toString());
            assertThat(rs.getString("doc").replace(" ", "")).isEqualTo("{\"a\":1}");
            assertThat(rs.getBytes("data")).containsExactly(0, 1, 2, 255);
            assertThat(rs.getBytes("small_data")).containsExactly(9, 8);
            assertThat(rs.getString("mood")).isEqualTo("happy");
        }
    }

    private static java.time.Instant zoned(Target target, ResultSet rs) throws SQLException {
        return switch (target) {
            case POSTGRES, H2 -> rs.getObject("tstz", OffsetDateTime.class).toInstant();
            case MARIADB -> rs.getObject("tstz", LocalDateTime.class).toInstant(ZoneOffset.UTC);
            case SQLITE ->
                OffsetDateTime.parse(rs.getString("tstz"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx"))
                        .toInstant();
        };
    }

    private static void assertNulls(LiveDatabase db, long id) throws SQLException {
        try (Statement s = db.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM samples WHERE id = " + id)) {
            assertThat(rs.next()).isTrue();
            for (Column c : COLUMNS.subList(1, COLUMNS.size())) {
                assertThat(rs.getObject(c.name())).as(c.name()).isNull();
            }
        }
    }
}
