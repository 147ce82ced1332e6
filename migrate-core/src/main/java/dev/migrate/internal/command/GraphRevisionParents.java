package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.script.graph.GraphRevision;
import dev.migrate.internal.script.graph.MultipleHeadsException;
import dev.migrate.internal.script.graph.RevisionGraph;
import java.util.List;

/** {@link RevisionParents} answered by the {@link RevisionGraph}, with Alembic's wording for {@code revision}. */
public final class GraphRevisionParents implements RevisionParents {

    static final String MULTIPLE_HEADS = "Multiple heads are present; please specify the head revision on which "
            + "the new revision should be based, or perform a merge.";

    private final RevisionGraph graph;

    public GraphRevisionParents(RevisionGraph graph) {
        this.graph = graph;
    }

    @Override
    public List<String> resolveParents(String head) {
        try {
            return graph.resolve(head);
        } catch (MultipleHeadsException e) {
            throw new BadInputException(ErrorKind.MULTIPLE_HEADS, MULTIPLE_HEADS, e);
        }
    }

    @Override
    public boolean isHead(String id) {
        return graph.find(id).map(GraphRevision::isHead).orElse(false);
    }

    @Override
    public String resolveDependency(String dependency) {
        GraphRevision revision = graph.resolveOne(dependency)
                .orElseThrow(() -> new BadInputException(
                        ErrorKind.UNKNOWN_REVISION, "Can't locate revision identified by '" + dependency + "'"));
        // Alembic keeps a branch label as written and turns a partial id into the full one
        return revision.branchLabels().contains(dependency) ? dependency : revision.id();
    }

    @Override
    public String revisionWithLabel(String label) {
        for (GraphRevision revision : graph.revisions()) {
            if (revision.ownBranchLabels().contains(label)) {
                return revision.id();
            }
        }
        return null;
    }

    @Override
    public boolean contains(String id) {
        return graph.find(id).isPresent();
    }
}
