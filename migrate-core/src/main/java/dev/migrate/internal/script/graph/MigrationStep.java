package dev.migrate.internal.script.graph;

import dev.migrate.Direction;
import java.util.List;

/**
 * One revision to run, upward or downward, in the order {@link RevisionGraph} plans.
 *
 * @param revision      the revision whose upgrade or downgrade runs
 * @param direction     upgrade or downgrade
 * @param fromRevisions what the step leaves: the down revisions for an upgrade, the revision for a downgrade
 * @param toRevisions   what the step reaches: the revision for an upgrade, its down revisions for a downgrade
 */
public record MigrationStep(
        GraphRevision revision, Direction direction, List<String> fromRevisions, List<String> toRevisions) {

    public MigrationStep {
        fromRevisions = List.copyOf(fromRevisions);
        toRevisions = List.copyOf(toRevisions);
    }

    public static MigrationStep upgrade(GraphRevision revision) {
        return new MigrationStep(revision, Direction.UPGRADE, revision.downRevisions(), List.of(revision.id()));
    }

    public static MigrationStep downgrade(GraphRevision revision) {
        return new MigrationStep(revision, Direction.DOWNGRADE, List.of(revision.id()), revision.downRevisions());
    }

    /**
     * A database at {@code last}, the end of the range {@code squash} replaces, is recorded at the
     * squash: the version table moves, nothing runs.
     */
    public static MigrationStep squashStamp(GraphRevision squash, String last) {
        return new MigrationStep(squash, Direction.STAMP, List.of(last), List.of(squash.id()));
    }

    public boolean isUpgrade() {
        return direction == Direction.UPGRADE;
    }

    /** Whether the step only moves the version table (onto a squashed revision). */
    public boolean isStamp() {
        return direction == Direction.STAMP;
    }

    /**
     * Alembic's short log: {@code upgrade a, b -> c}; an upgrade from nothing reads {@code upgrade  -> a};
     * a stamp reads as Alembic's {@code stamp_revision a -> b}.
     */
    public String shortLog() {
        String verb = isStamp() ? "stamp_revision" : direction.label();
        return verb + " " + String.join(", ", fromRevisions) + " -> " + String.join(", ", toRevisions);
    }

    /** The short log followed by the message, as in Alembic's {@code Running upgrade a -> b, message}. */
    @Override
    public String toString() {
        String message = revision.message();
        return message.isEmpty() ? shortLog() : shortLog() + ", " + message;
    }
}
