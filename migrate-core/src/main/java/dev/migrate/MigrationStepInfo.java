package dev.migrate;

import java.util.List;

/**
 * One applied (or attempted) step as listeners and results see it.
 *
 * @param revision  the revision's id
 * @param direction upgrade, downgrade, or stamp (a database reaching the end of a
 *                  squashed range is recorded at the squashed revision)
 * @param from      the revisions the step leaves (down revisions for an upgrade)
 * @param to        the revisions the step reaches
 * @param message   the revision's message
 * @param source    its file or class
 */
public record MigrationStepInfo(
        String revision, Direction direction, List<String> from, List<String> to, String message, String source) {

    /** Alembic's progress line: {@code Running upgrade a -> b, message}, {@code Running stamp_revision a -> b, …}. */
    public String describe() {
        return "Running " + (direction == Direction.STAMP ? "stamp_revision" : direction.label()) + " "
                + String.join(", ", from) + " -> " + String.join(", ", to) + (message.isEmpty() ? "" : ", " + message);
    }
}
