package dev.migrate.script.graph;

import java.util.List;

/**
 * One revision to run, upward or downward, in the order {@link RevisionGraph} plans.
 *
 * @param revision      the revision whose upgrade or downgrade runs
 * @param direction     upgrade or downgrade
 * @param fromRevisions what the step leaves: the down revisions for an upgrade, the revision for a downgrade
 * @param toRevisions   what the step reaches: the revision for an upgrade, its down revisions for a downgrade
 */
public record MigrationStep(GraphRevision revision, Direction direction, List<String> fromRevisions,
        List<String> toRevisions) {

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

    public boolean isUpgrade() {
        return direction == Direction.UPGRADE;
    }

    /** Alembic's short log: {@code upgrade a, b -> c}; an upgrade from nothing reads {@code upgrade  -> a}. */
    public String shortLog() {
        return direction.label() + " " + String.join(", ", fromRevisions) + " -> " + String.join(", ", toRevisions);
    }

    /** The short log followed by the message, as in Alembic's {@code Running upgrade a -> b, message}. */
    @Override
    public String toString() {
        String message = revision.message();
        return message.isEmpty() ? shortLog() : shortLog() + ", " + message;
    }
}
