package dev.migrate.internal.script.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One revision placed in a {@link RevisionGraph}: what its script declares plus what the graph
 * works out (children, inherited branch labels, dependencies resolved to ids). Immutable once the
 * graph is built; compared by identity.
 */
public final class GraphRevision {

    private final RevisionNode node;
    private final int ordinal;

    // Filled in by GraphBuilder, never changed afterwards.
    final List<GraphRevision> down = new ArrayList<>();
    final List<GraphRevision> resolvedDependencies = new ArrayList<>();
    final List<GraphRevision> normalizedDependencies = new ArrayList<>();
    final List<GraphRevision> normalizedDown = new ArrayList<>();
    final List<GraphRevision> allDown = new ArrayList<>();
    final List<GraphRevision> next = new ArrayList<>();
    final List<GraphRevision> allNext = new ArrayList<>();
    final Set<String> branchLabels = new LinkedHashSet<>();
    /** Position in a topological order over all down revisions and dependencies (parents lower). */
    int rank;
    /** The graph holding this revision: the main one, or the originals of a squashed range. */
    RevisionGraph graph;

    GraphRevision(RevisionNode node, int ordinal) {
        this.node = node;
        this.ordinal = ordinal;
        branchLabels.addAll(node.branchLabels());
    }

    /** The declared revision this was built from. */
    public RevisionNode node() {
        return node;
    }

    public String id() {
        return node.id();
    }

    public String message() {
        return node.message();
    }

    /** Position in the input, which breaks ties in step order as file order does in Alembic. */
    public int ordinal() {
        return ordinal;
    }

    /** Parent ids as declared ({@code down_revision}); these alone decide heads and the version table rows. */
    public List<String> downRevisions() {
        return node.downRevisions();
    }

    /** Alembic's {@code _versioned_down_revisions}: the same as {@link #downRevisions()}. */
    public List<String> versionedDownRevisions() {
        return node.downRevisions();
    }

    /** {@code depends_on} as declared: ids, unique prefixes or branch labels. */
    public List<String> dependsOn() {
        return node.dependsOn();
    }

    /** {@code depends_on} resolved to revision ids, in declared order, without repeats. */
    public List<String> resolvedDependencies() {
        return ids(resolvedDependencies);
    }

    /** The resolved dependencies that no ancestor along down revisions already depends on. */
    public List<String> normalizedDependencies() {
        return ids(normalizedDependencies);
    }

    /** Alembic's {@code _normalized_down_revisions}: down revisions then normalized dependencies. */
    public List<String> normalizedDownRevisions() {
        return ids(normalizedDown);
    }

    /** Down revisions then every resolved dependency. */
    public List<String> allDownRevisions() {
        return ids(allDown);
    }

    /** Branch labels declared on this revision. */
    public Set<String> ownBranchLabels() {
        return node.branchLabels();
    }

    /** For a squashed revision, the ids it stands for, oldest first; empty otherwise. */
    public List<String> replaces() {
        return node.replaces();
    }

    /** Whether this revision stands for a squashed range. */
    public boolean isSquash() {
        return node.isSquash();
    }

    /** Own branch labels and those spread to it from other revisions of its branch. */
    public Set<String> branchLabels() {
        return Collections.unmodifiableSet(branchLabels);
    }

    /** Ids of the revisions that name this one as a down revision. */
    public List<String> nextRevisions() {
        return ids(next);
    }

    /** Ids of the revisions that name this one as a down revision or a dependency. */
    public List<String> allNextRevisions() {
        return ids(allNext);
    }

    /** No revision names this one as its down revision. */
    public boolean isHead() {
        return next.isEmpty();
    }

    /** No revision names this one as a down revision or a dependency. */
    public boolean isRealHead() {
        return allNext.isEmpty();
    }

    public boolean isBase() {
        return node.downRevisions().isEmpty();
    }

    /** A base that depends on nothing either. */
    public boolean isRealBase() {
        return node.downRevisions().isEmpty() && node.dependsOn().isEmpty();
    }

    /** More than one revision names this one as its down revision. */
    public boolean isBranchPoint() {
        return next.size() > 1;
    }

    /** More than one revision names this one as a down revision or dependency. */
    public boolean isRealBranchPoint() {
        return allNext.size() > 1;
    }

    /** This revision has several down revisions. */
    public boolean isMergePoint() {
        return node.downRevisions().size() > 1;
    }

    @Override
    public String toString() {
        return id();
    }

    static List<String> ids(List<GraphRevision> revisions) {
        List<String> ids = new ArrayList<>(revisions.size());
        for (GraphRevision revision : revisions) {
            ids.add(revision.id());
        }
        return Collections.unmodifiableList(ids);
    }
}
