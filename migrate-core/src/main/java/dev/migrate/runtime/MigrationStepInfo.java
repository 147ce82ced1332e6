package dev.migrate.runtime;

import java.util.List;

/**
 * One applied (or attempted) step as listeners and results see it.
 *
 * @param revision  the revision's id
 * @param direction {@code upgrade}, {@code downgrade}, or {@code stamp} (a database reaching the end of a
 *                  squashed range is recorded at the squashed revision)
 * @param from      the revisions the step leaves (down revisions for an upgrade)
 * @param to        the revisions the step reaches
 * @param message   the revision's message
 * @param source    its file or class
 */
public record MigrationStepInfo(String revision, String direction, List<String> from, List<String> to,
        String message, String source) {

    /** Alembic's progress line: {@code Running upgrade a -> b, message}, {@code Running stamp_revision a -> b, …}. */
    public String describe() {
        return "Running " + ("stamp".equals(direction) ? "stamp_revision" : direction) + " " + String.join(", ", from) + " -> " + String.join(", ", to)
                + (message.isEmpty() ? "" : ", " + message);
    }
}
