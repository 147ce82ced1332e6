package dev.migrate;

import java.util.Locale;

/**
 * Which way a step moves the database. The history log's {@code direction} column stores the
 * lower-case word ({@link #label()}); {@link #ofLabel} reads it back.
 */
public enum Direction {
    UPGRADE,
    DOWNGRADE,
    /** The version table moves without running anything: {@code stamp}, or the end of a squashed range reaching the squashed revision. */
    STAMP;

    /** {@code upgrade}, {@code downgrade} or {@code stamp}, as Alembic prints it and the history log stores it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The direction a history row's {@code direction} column names.
     *
     * @throws MigrateException for a word no version of migrate writes: the row was edited by hand
     */
    public static Direction ofLabel(String label) {
        for (Direction direction : values()) {
            if (direction.label().equals(label)) {
                return direction;
            }
        }
        throw new MigrateException(
                ErrorKind.INCONSISTENT_VERSION_TABLE,
                "The history log holds a row with direction '" + label
                        + "'; migrate writes only 'upgrade', 'downgrade' and 'stamp'. Correct or delete that row.");
    }
}
