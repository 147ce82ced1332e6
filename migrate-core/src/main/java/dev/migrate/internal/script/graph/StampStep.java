package dev.migrate.internal.script.graph;

import java.util.List;

/**
 * One move of the version table made by {@code stamp}: no migration runs, only rows change.
 *
 * @param fromRevisions heads the move replaces (empty when it starts a new branch)
 * @param toRevisions   revisions it writes (empty when it removes a branch)
 * @param upgrade       whether the move goes up the graph
 * @param branchMove    whether it starts or removes a whole branch rather than moving one
 */
public record StampStep(List<String> fromRevisions, List<String> toRevisions, boolean upgrade, boolean branchMove) {

    public StampStep {
        fromRevisions = List.copyOf(fromRevisions);
        toRevisions = List.copyOf(toRevisions);
    }

    /** Alembic's log line for a stamp: {@code stamp_revision a -> b}. */
    @Override
    public String toString() {
        return "stamp_revision " + String.join(", ", fromRevisions) + " -> " + String.join(", ", toRevisions);
    }
}
