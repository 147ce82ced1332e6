package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps the version table's rows in step with the migrations being run, as Alembic's
 * {@code HeadMaintainer}: for each step it says which rows to insert, delete or update, so that
 * the table always holds exactly the current heads. Pure bookkeeping; the runtime issues the SQL.
 * Not thread-safe: one tracker follows one run.
 */
public final class HeadsTracker {

    private final RevisionGraph graph;
    private final Set<String> heads;

    /**
     * @param graph        the revision graph the steps come from
     * @param currentHeads the rows of the version table before the first step
     */
    public HeadsTracker(RevisionGraph graph, Collection<String> currentHeads) {
        this.graph = graph;
        this.heads = new LinkedHashSet<>(currentHeads);
    }

    /** The rows the version table holds after the steps applied so far. */
    public Set<String> heads() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(heads));
    }

    /** Records that {@code step} ran and returns the row changes that go with it, in order. */
    public List<VersionChange> apply(MigrationStep step) {
        List<VersionChange> changes = new ArrayList<>();
        GraphRevision revision = step.revision();
        // Steps through a squashed range's originals are planned in the originals' own graph.
        RevisionGraph graph = revision.graph;
        List<String> downs = revision.normalizedDownRevisions();
        if (step.isStamp()) {
            update(step.fromRevisions().get(0), revision.id(), changes);
        } else if (shouldDeleteBranch(step)) {
            delete(revision.id(), changes);
        } else if (step.isUpgrade() && (downs.isEmpty() || !intersects(heads, downs))) {
            insert(revision.id(), changes);
        } else if (step.isUpgrade() && downs.size() > 1 && countIn(heads, downs) > 1) {
            List<String> from = withoutAncestorsOfOtherHeads(graph, downs);
            for (String merged : from.subList(0, from.size() - 1)) {
                delete(merged, changes);
            }
            update(from.get(from.size() - 1), revision.id(), changes);
        } else if (!step.isUpgrade() && heads.contains(revision.id()) && downs.size() > 1) {
            List<String> to = unmergeTo(graph, revision);
            for (String restored : to.subList(0, to.size() - 1)) {
                insert(restored, changes);
            }
            update(revision.id(), to.get(to.size() - 1), changes);
        } else {
            String down;
            if (downs.size() == 1) {
                down = downs.get(0);
            } else {
                List<String> present = new ArrayList<>();
                for (String candidate : downs) {
                    if (heads.contains(candidate)) {
                        present.add(candidate);
                    }
                }
                if (present.size() != 1) {
                    throw new MigrateException(
                            ErrorKind.INCONSISTENT_VERSION_TABLE,
                            "Can't update the version table for " + step
                                    + ": its down revision is ambiguous; current heads are " + heads);
                }
                down = present.get(0);
            }
            if (step.isUpgrade()) {
                update(down, revision.id(), changes);
            } else {
                update(revision.id(), down, changes);
            }
        }
        return changes;
    }

    /** Records a stamp move and returns its row changes. */
    public List<VersionChange> apply(StampStep step) {
        List<VersionChange> changes = new ArrayList<>();
        List<String> from = step.fromRevisions();
        List<String> to = step.toRevisions();
        if (!step.upgrade() && step.branchMove()) {
            delete(single(from, step), changes);
        } else if (step.upgrade() && (step.branchMove() || !heads.containsAll(from)) && !heads.containsAll(to)) {
            insert(single(to, step), changes);
        } else if (from.size() > 1) {
            for (String merged : from.subList(0, from.size() - 1)) {
                delete(merged, changes);
            }
            update(from.get(from.size() - 1), single(to, step), changes);
        } else if (to.size() > 1) {
            for (String restored : to.subList(0, to.size() - 1)) {
                insert(restored, changes);
            }
            update(single(from, step), to.get(to.size() - 1), changes);
        } else {
            update(single(from, step), single(to, step), changes);
        }
        return changes;
    }

    /**
     * Stamps the table, which holds {@code currentHeads}, with {@code targets} without running any
     * migration, as Alembic's {@code stamp}. With {@code purge} every current row is deleted first
     * and the current heads are not even looked up, so a table naming unknown revisions can be
     * repaired.
     */
    public List<VersionChange> stamp(Collection<String> currentHeads, List<String> targets, boolean purge) {
        return stamp(currentHeads, targets, purge, step -> {});
    }

    /**
     * As {@link #stamp(Collection, List, boolean)}, telling {@code eachMove} every move in order
     * (Alembic logs one {@code Running stamp_revision a -> b} line per move); a row at the end of a
     * squashed range first moves to the squash.
     */
    public List<VersionChange> stamp(
            Collection<String> currentHeads, List<String> targets, boolean purge, Consumer<StampStep> eachMove) {
        heads.clear();
        List<VersionChange> changes = new ArrayList<>();
        if (purge) {
            for (String row : new LinkedHashSet<>(currentHeads)) {
                changes.add(new VersionChange.Delete(row));
            }
        } else {
            for (String row : currentHeads) {
                // The end of a squashed range is recorded as the squash before it moves.
                String standsFor = graph.standsFor(row).orElse(row);
                heads.add(standsFor);
                if (!standsFor.equals(row)) {
                    eachMove.accept(new StampStep(List.of(row), List.of(standsFor), true, false));
                    changes.add(new VersionChange.Update(row, standsFor));
                }
            }
        }
        for (StampStep step : graph.stampSteps(purge ? List.of() : List.copyOf(heads), targets)) {
            eachMove.accept(step);
            changes.addAll(apply(step));
        }
        return changes;
    }

    private boolean shouldDeleteBranch(MigrationStep step) {
        GraphRevision revision = step.revision();
        if (step.isUpgrade() || !heads.contains(revision.id())) {
            return false;
        }
        return revision.normalizedDown.isEmpty()
                || unmergeTo(revision.graph, revision).isEmpty();
    }

    /** Alembic's {@code _unmerge_to_revisions}: the down revisions a downgrade must leave as rows. */
    private List<String> unmergeTo(RevisionGraph graph, GraphRevision revision) {
        Set<String> others = new LinkedHashSet<>(heads);
        others.remove(revision.id());
        List<GraphRevision> downs = revision.normalizedDown;
        List<String> to = new ArrayList<>();
        if (!others.isEmpty()) {
            List<LazyAncestors> implied = ancestorsOf(present(graph, others));
            for (GraphRevision down : downs) {
                if (!anyContains(implied, down)) {
                    to.add(down.id());
                }
            }
            return to;
        }
        if (downs.size() == 1) {
            return List.of(downs.get(0).id());
        }
        // No other head: keep the down revisions that are not below one of the others.
        List<LazyAncestors> belowDowns = ancestorsOf(downs);
        for (GraphRevision down : downs) {
            boolean implied = false;
            for (int i = 0; i < downs.size() && !implied; i++) {
                implied = downs.get(i) != down && belowDowns.get(i).contains(down);
            }
            if (!implied) {
                to.add(down.id());
            }
        }
        return to;
    }

    /** Alembic's {@code merge_branch_idents}: the merged rows, less those another head already implies. */
    private List<String> withoutAncestorsOfOtherHeads(RevisionGraph graph, List<String> downs) {
        Set<String> others = new LinkedHashSet<>(heads);
        others.removeAll(downs);
        if (others.isEmpty()) {
            return downs;
        }
        List<LazyAncestors> implied = ancestorsOf(present(graph, others));
        List<String> from = new ArrayList<>();
        for (String down : downs) {
            if (!anyContains(implied, graph.get(down))) {
                from.add(down);
            }
        }
        return from;
    }

    private static List<LazyAncestors> ancestorsOf(List<GraphRevision> revisions) {
        List<LazyAncestors> ancestors = new ArrayList<>(revisions.size());
        for (GraphRevision revision : revisions) {
            ancestors.add(new LazyAncestors(revision));
        }
        return ancestors;
    }

    private static boolean anyContains(List<LazyAncestors> ancestors, GraphRevision revision) {
        for (LazyAncestors candidate : ancestors) {
            if (candidate.contains(revision)) {
                return true;
            }
        }
        return false;
    }

    /** The rows {@code graph} holds; rows of another graph (outside a squashed range) imply nothing in it. */
    private static List<GraphRevision> present(RevisionGraph graph, Collection<String> ids) {
        List<GraphRevision> revisions = new ArrayList<>();
        for (String id : ids) {
            graph.find(id).ifPresent(revisions::add);
        }
        return revisions;
    }

    private void insert(String revision, List<VersionChange> changes) {
        if (!heads.add(revision)) {
            throw new MigrateException(
                    ErrorKind.INCONSISTENT_VERSION_TABLE, "The version table already holds revision " + revision);
        }
        changes.add(new VersionChange.Insert(revision));
    }

    private void delete(String revision, List<VersionChange> changes) {
        if (!heads.remove(revision)) {
            throw new MigrateException(
                    ErrorKind.INCONSISTENT_VERSION_TABLE,
                    "The version table does not hold revision " + revision + "; it holds " + heads);
        }
        changes.add(new VersionChange.Delete(revision));
    }

    private void update(String from, String to, List<VersionChange> changes) {
        if (heads.contains(to)) {
            throw new MigrateException(
                    ErrorKind.INCONSISTENT_VERSION_TABLE, "The version table already holds revision " + to);
        }
        if (!heads.remove(from)) {
            throw new MigrateException(
                    ErrorKind.INCONSISTENT_VERSION_TABLE,
                    "The version table does not hold revision " + from + "; it holds " + heads);
        }
        heads.add(to);
        changes.add(new VersionChange.Update(from, to));
    }

    private static String single(List<String> revisions, StampStep step) {
        if (revisions.size() != 1) {
            throw new IllegalStateException("Stamp step " + step + " does not name exactly one revision");
        }
        return revisions.get(0);
    }

    private static boolean intersects(Set<String> heads, List<String> revisions) {
        return countIn(heads, revisions) > 0;
    }

    private static int countIn(Set<String> heads, List<String> revisions) {
        int count = 0;
        for (String revision : revisions) {
            if (heads.contains(revision)) {
                count++;
            }
        }
        return count;
    }
}
