package dev.migrate.internal.dialect;

import dev.migrate.schema.Sequence;

/**
 * Leaves out of a reflected sequence the numbers the database would have chosen itself, as a
 * sequence created without them has {@code null} there: increment 1; for an ascending sequence
 * minimum 1, maximum the type's largest value and start at the minimum; for a descending one
 * maximum -1, minimum the type's smallest value and start at the maximum.
 */
final class SequenceDefaults {

    private SequenceDefaults() {}

    static Sequence normalise(Sequence s, long typeMin, long typeMax) {
        long increment = s.increment() == null ? 1 : s.increment();
        boolean ascending = increment > 0;
        Long min = s.minValue();
        Long max = s.maxValue();
        Long start = s.start();
        long defaultMin = ascending ? 1 : typeMin;
        long defaultMax = ascending ? typeMax : -1;
        long effectiveMin = min == null ? defaultMin : min;
        long effectiveMax = max == null ? defaultMax : max;
        if (start != null && start == (ascending ? effectiveMin : effectiveMax)) {
            start = null;
        }
        if (min != null && min == defaultMin) {
            min = null;
        }
        if (max != null && max == defaultMax) {
            max = null;
        }
        return new Sequence(s.schema(), s.name(), start, increment == 1 ? null : increment, min, max, s.cycles());
    }
}
