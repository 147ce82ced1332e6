package dev.migrate.script.graph;

import java.util.Locale;

/** Which way a step moves the database. */
public enum Direction {
    UPGRADE,
    DOWNGRADE,
    /** The version table moves from the end of a squashed range to the squashed revision; nothing runs. */
    STAMP;

    /** {@code upgrade}, {@code downgrade} or {@code stamp}, as Alembic prints it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
