package dev.migrate.script.graph;

import java.util.Locale;

/** Which way a step moves the database. */
public enum Direction {
    UPGRADE,
    DOWNGRADE;

    /** {@code upgrade} or {@code downgrade}, as Alembic prints it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
