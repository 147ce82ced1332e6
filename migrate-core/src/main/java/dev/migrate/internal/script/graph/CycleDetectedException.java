package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;
import java.util.List;

/**
 * Down revisions or dependencies form a loop, so the graph has no order.
 */
class CycleDetectedException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    /** Which edges loop, named as Alembic names them in its message. */
    public enum Kind {
        CYCLE("Cycle"),
        DEPENDENCY_CYCLE("Dependency cycle"),
        SELF_LOOP("Self-loop"),
        DEPENDENCY_SELF_LOOP("Dependency self-loop");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Whether the loop runs through {@code depends_on} rather than down revisions only. */
        public boolean throughDependencies() {
            return this == DEPENDENCY_CYCLE || this == DEPENDENCY_SELF_LOOP;
        }
    }

    private final Kind kind;
    private final List<String> revisions;

    public CycleDetectedException(Kind kind, List<String> revisions) {
        super(
                ErrorKind.BAD_REVISION_GRAPH,
                kind.label + " is detected in revisions (" + String.join(", ", revisions) + ")");
        this.kind = kind;
        this.revisions = List.copyOf(revisions);
    }

    public Kind cycle() {
        return kind;
    }

    /** The revisions on or behind the loop. */
    public List<String> revisions() {
        return revisions;
    }
}
