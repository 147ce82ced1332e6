package dev.migrate.internal.script.graph;

import dev.migrate.Revisions;
import java.util.List;
import java.util.Set;

/**
 * The users' read-only view of a {@link RevisionGraph}. The launchers, which need the whole graph
 * (steps, squashed ranges, target resolution with context), get it back with {@link #graphOf}.
 */
public final class GraphRevisions implements Revisions {

    private final RevisionGraph graph;

    public GraphRevisions(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The graph behind a view that {@code Migrate.revisions()} returned. */
    public static RevisionGraph graphOf(Revisions revisions) {
        return ((GraphRevisions) revisions).graph;
    }

    @Override
    public List<String> ids() {
        return GraphRevision.ids(graph.revisions());
    }

    @Override
    public boolean contains(String id) {
        return graph.find(id).isPresent();
    }

    @Override
    public List<String> heads() {
        return graph.heads();
    }

    @Override
    public List<String> bases() {
        return graph.bases();
    }

    @Override
    public List<String> parents(String id) {
        return graph.get(id).downRevisions();
    }

    @Override
    public List<String> children(String id) {
        return graph.get(id).nextRevisions();
    }

    @Override
    public List<String> dependsOn(String id) {
        return graph.get(id).dependsOn();
    }

    @Override
    public Set<String> branchLabels(String id) {
        return graph.get(id).branchLabels();
    }

    @Override
    public String message(String id) {
        return graph.get(id).message();
    }

    @Override
    public List<String> resolve(String target) {
        return graph.resolve(target);
    }
}
