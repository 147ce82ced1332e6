package dev.migrate.schema;

import org.jspecify.annotations.Nullable;

/**
 * A sequence. Unset ({@code null}) numbers are the database's defaults.
 *
 * @param schema the schema it lives in, or {@code null} for the current one
 */
public record Sequence(
        @Nullable String schema,
        String name,
        @Nullable Long start,
        @Nullable Long increment,
        @Nullable Long minValue,
        @Nullable Long maxValue,
        boolean cycles) {

    public Sequence {
        Names.require(name, "sequence");
        if (increment != null && increment == 0) {
            throw new IllegalArgumentException("sequence " + name + ": increment must not be 0");
        }
    }

    public static Sequence sequence(String name) {
        return new Sequence(null, name, null, null, null, null, false);
    }

    public Sequence startWith(long value) {
        return new Sequence(schema, name, value, increment, minValue, maxValue, cycles);
    }

    public Sequence incrementBy(long value) {
        return new Sequence(schema, name, start, value, minValue, maxValue, cycles);
    }

    public Sequence minValue(long value) {
        return new Sequence(schema, name, start, increment, value, maxValue, cycles);
    }

    public Sequence maxValue(long value) {
        return new Sequence(schema, name, start, increment, minValue, value, cycles);
    }

    public Sequence cycle() {
        return new Sequence(schema, name, start, increment, minValue, maxValue, true);
    }

    public Sequence inSchema(String value) {
        return new Sequence(value, name, start, increment, minValue, maxValue, cycles);
    }
}
