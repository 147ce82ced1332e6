package dev.migrate.ops;

import dev.migrate.schema.Sequence;
import org.jspecify.annotations.Nullable;

/**
 * Changes a sequence's settings; {@code null} leaves a setting alone.
 *
 * @param restartWith the value the sequence continues from; not undone by the reverse, since
 *                    the position it had is not known
 * @param existing    the sequence as it is, which makes the settings' reverse exact
 */
public record AlterSequence(
        @Nullable String schema,
        String name,
        @Nullable Long increment,
        @Nullable Long minValue,
        @Nullable Long maxValue,
        @Nullable Long restartWith,
        @Nullable Boolean cycles,
        @Nullable Sequence existing)
        implements Operation {

    public AlterSequence {
        Require.name(name, "alterSequence", "sequence");
        if (increment != null && increment == 0) {
            throw new IllegalArgumentException("alterSequence(\"" + name + "\"): increment must not be 0");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterSequence(this);
    }

    /** The sequence's settings after this has run, given those before. */
    public Sequence applyTo(Sequence before) {
        return new Sequence(
                before.schema(),
                before.name(),
                before.start(),
                increment != null ? increment : before.increment(),
                minValue != null ? minValue : before.minValue(),
                maxValue != null ? maxValue : before.maxValue(),
                cycles != null ? cycles : before.cycles());
    }

    @Override
    public Operation reverse() {
        if (existing == null) {
            throw new IrreversibleOperationException("alterSequence(\"" + name + "\") cannot be reversed:"
                    + " pass the sequence's current definition as existing");
        }
        String where = "alterSequence(\"" + name + "\")";
        return new AlterSequence(
                schema,
                name,
                increment == null ? null : known(existing.increment(), 1L),
                minValue == null ? null : required(existing.minValue(), where, "minValue"),
                maxValue == null ? null : required(existing.maxValue(), where, "maxValue"),
                null,
                cycles == null ? null : existing.cycles(),
                applyTo(existing));
    }

    private static Long known(Long value, long databaseDefault) {
        return value == null ? databaseDefault : value;
    }

    private static Long required(Long value, String where, String what) {
        if (value == null) {
            throw new IrreversibleOperationException(where + " changes " + what
                    + " but the existing sequence does not say its " + what + ": add it to the existing definition");
        }
        return value;
    }
}
