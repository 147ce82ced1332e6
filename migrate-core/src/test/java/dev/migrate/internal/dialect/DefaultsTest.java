package dev.migrate.internal.dialect;

import static dev.migrate.schema.Types.bigint;
import static dev.migrate.schema.Types.bool;
import static dev.migrate.schema.Types.numeric;
import static dev.migrate.schema.Types.text;
import static dev.migrate.schema.Types.timestamp;
import static dev.migrate.schema.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultsTest {

    @Test
    void castsOfLiteralsAreTheLiterals() {
        assertThat(Defaults.normalise("'abc'::character varying", varchar(10))).isEqualTo("'abc'");
        assertThat(Defaults.normalise("'it''s'::text", text())).isEqualTo("'it''s'");
        assertThat(Defaults.normalise("'2020-01-01 00:00:00'::timestamp without time zone", timestamp()))
                .isEqualTo("'2020-01-01 00:00:00'");
        assertThat(Defaults.normalise("'{}'::\"my type\"", text())).isEqualTo("'{}'");
    }

    @Test
    void nullIsNoDefault() {
        assertThat(Defaults.normalise("NULL", varchar(10))).isNull();
        assertThat(Defaults.normalise("NULL::character varying", varchar(10))).isNull();
        assertThat(Defaults.normalise("  ", varchar(10))).isNull();
        assertThat(Defaults.normalise(null, varchar(10))).isNull();
        assertThat(Defaults.normalise("'NULL'", varchar(10)))
                .as("a string that reads NULL")
                .isEqualTo("'NULL'");
    }

    @Test
    void numbersLoseParenthesesQuotesAndTrailingZeros() {
        assertThat(Defaults.normalise("(-1)", bigint())).isEqualTo("-1");
        assertThat(Defaults.normalise("'5'::integer", bigint())).isEqualTo("5");
        assertThat(Defaults.normalise("'5'", bigint())).isEqualTo("5");
        assertThat(Defaults.normalise("0.00", numeric(10, 2))).isEqualTo("0");
        assertThat(Defaults.normalise("1.50", numeric(10, 2))).isEqualTo("1.5");
        assertThat(Defaults.normalise("100", numeric(10, 2))).isEqualTo("100");
        assertThat(Defaults.normalise("'5'", varchar(3)))
                .as("a string of digits stays a string")
                .isEqualTo("'5'");
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertThat(Defaults.normalise("1", bool())).isEqualTo("TRUE");
        assertThat(Defaults.normalise("true", bool())).isEqualTo("TRUE");
        assertThat(Defaults.normalise("b'0'", bool())).isEqualTo("FALSE");
        assertThat(Defaults.normalise("false", bool())).isEqualTo("FALSE");
    }

    @Test
    void theCurrentTimeHasOneSpelling() {
        assertThat(Defaults.normalise("current_timestamp()", timestamp())).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(Defaults.normalise("current_timestamp(6)", timestamp())).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(Defaults.normalise("now()", timestamp())).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(Defaults.normalise("CURRENT_TIMESTAMP", timestamp())).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(Defaults.normalise("(now() + '1 day'::interval)", timestamp()))
                .as("expressions stay as printed")
                .isEqualTo("(now() + '1 day'::interval)");
    }
}
