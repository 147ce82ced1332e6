package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The squashed revisions of a graph, the ranges they stand for, and how a database whose rows lie
 * inside a range reaches the squash, as Django's squashed migrations with {@code replaces}. The main graph holds each squashed revision in place of its
 * range: references to the range's last revision point at the squash instead, so the originals'
 * scripts can be deleted. While they are present they form a graph of their own, used only to
 * bring a database that stopped inside the range to its end.
 */
final class SquashedRanges {

    static final SquashedRanges NONE = new SquashedRanges(Map.of(), Map.of());

    /**
     * One squashed revision.
     *
     * @param id        the squashed revision
     * @param replaces  the ids it stands for, oldest first, ending with {@link #last()}
     * @param originals the graph of the originals' scripts, {@code null} once they are deleted
     */
    record Squash(String id, List<String> replaces, RevisionGraph originals) {

        /** The revision the squash reaches: a database there is already at the squash's state. */
        String last() {
            return replaces.get(replaces.size() - 1);
        }
    }

    private final Map<String, Squash> byId;
    private final Map<String, Squash> byReplaced;

    private SquashedRanges(Map<String, Squash> byId, Map<String, Squash> byReplaced) {
        this.byId = byId;
        this.byReplaced = byReplaced;
    }

    Optional<Squash> squash(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The squash that stands for {@code id}, when a squashed revision replaces it. */
    Optional<Squash> replacing(String id) {
        return Optional.ofNullable(byReplaced.get(id));
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Steps that bring rows inside squashed ranges onto their squashes, and the rows after them. */
    record CatchUp(List<MigrationStep> steps, List<String> heads) {}

    /**
     * What a database at {@code rows} must do before planning an upgrade in {@code graph}: where a
     * row lies inside a squashed range, the originals' remaining upgrades to the range's end (while
     * their scripts exist), then a stamp from that end to the squash.
     */
    CatchUp catchUp(RevisionGraph graph, Collection<String> rows) {
        if (isEmpty()) {
            return new CatchUp(List.of(), List.copyOf(rows));
        }
        List<MigrationStep> steps = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        Set<Squash> done = new HashSet<>();
        for (String row : rows) {
            Squash squash = graph.find(row).isPresent() ? null : byReplaced.get(row);
            if (squash == null) {
                heads.add(row);
                continue;
            }
            if (!done.add(squash)) {
                continue;
            }
            List<String> inside = rows.stream()
                    .filter(other -> byReplaced.get(other) == squash)
                    .toList();
            if (squash.originals() != null) {
                steps.addAll(squash.originals().upgradeSteps(inside, squash.last()));
            } else if (!inside.equals(List.of(squash.last()))) {
                throw new MigrateException(
                        ErrorKind.UNKNOWN_REVISION,
                        "The database is at " + String.join(", ", inside)
                                + ", inside the range squashed by " + squash.id() + " ("
                                + String.join(", ", squash.replaces())
                                + "), and the scripts of those revisions are gone. Restore them (from version control) so the"
                                + " database can be brought to " + squash.last() + ", then upgrade.");
            }
            steps.add(MigrationStep.squashStamp(graph.get(squash.id()), squash.last()));
            heads.add(squash.id());
        }
        return new CatchUp(steps, heads);
    }

    /**
     * Before a downgrade: a row at the end of a squashed range is recorded as the squash, which
     * then goes down; a row inside a range (its originals gone) cannot move.
     */
    CatchUp restamp(RevisionGraph graph, Collection<String> rows) {
        List<MigrationStep> steps = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (String row : rows) {
            Optional<String> standsFor = graph.standsFor(row);
            Squash squash = byReplaced.get(row);
            if (standsFor.isEmpty() && squash != null) {
                throw new MigrateException(
                        ErrorKind.UNKNOWN_REVISION,
                        "The database is at " + String.join(", ", rows) + ", inside the range" + " squashed by "
                                + squash.id() + "; restore the original scripts to move it");
            }
            if (standsFor.isPresent() && !standsFor.get().equals(row)) {
                steps.add(MigrationStep.squashStamp(graph.get(standsFor.get()), row));
            }
            heads.add(standsFor.orElse(row));
        }
        return new CatchUp(steps, heads);
    }

    /** The originals' graph of the one squashed range that holds every row, if there is one. */
    Optional<RevisionGraph> originalsHolding(RevisionGraph graph, Collection<String> rows) {
        Squash holding = null;
        for (String row : rows) {
            Squash squash = graph.find(row).isPresent() ? null : byReplaced.get(row);
            if (squash == null || (holding != null && holding != squash)) {
                return Optional.empty();
            }
            holding = squash;
        }
        return Optional.ofNullable(holding).map(Squash::originals);
    }

    /**
     * Builds the graph: squashed revisions that no other squash replaces stand for their ranges;
     * every other revision of a range (a nested squash included) goes to that range's own graph.
     */
    static RevisionGraph build(Collection<RevisionNode> nodes) {
        if (nodes.stream().noneMatch(RevisionNode::isSquash)) {
            return GraphBuilder.build(nodes, NONE);
        }
        Map<String, RevisionNode> topSquashes = new LinkedHashMap<>();
        Map<String, String> replacedBy = new HashMap<>();
        for (RevisionNode node : nodes) {
            if (node.isSquash()) {
                topSquashes.put(node.id(), node);
            }
        }
        for (RevisionNode node : nodes) {
            if (node.isSquash()) {
                for (String replaced : node.replaces()) {
                    topSquashes.remove(replaced);
                }
            }
        }
        for (RevisionNode squash : topSquashes.values()) {
            for (String replaced : squash.replaces()) {
                String other = replacedBy.putIfAbsent(replaced, squash.id());
                if (other != null) {
                    throw new RevisionGraphException(
                            ErrorKind.BAD_REVISION_GRAPH,
                            "Revision " + replaced + " is replaced by both " + other + " and "
                                    + squash.id()
                                    + "; a revision may belong to one squashed range only. Let the later squash"
                                    + " list the earlier one and everything it replaces");
                }
            }
        }
        Map<String, List<RevisionNode>> originals = new HashMap<>();
        List<RevisionNode> main = new ArrayList<>();
        for (RevisionNode node : nodes) {
            String squash = replacedBy.get(node.id());
            if (squash != null) {
                originals.computeIfAbsent(squash, s -> new ArrayList<>()).add(node);
            } else {
                main.add(reparent(node, replacedBy, topSquashes));
            }
        }
        Map<String, Squash> byId = new LinkedHashMap<>();
        Map<String, Squash> byReplaced = new HashMap<>();
        for (RevisionNode node : topSquashes.values()) {
            Squash squash = new Squash(
                    node.id(), node.replaces(), originalsGraph(node, originals.getOrDefault(node.id(), List.of())));
            byId.put(node.id(), squash);
            node.replaces().forEach(id -> byReplaced.put(id, squash));
        }
        return GraphBuilder.build(main, new SquashedRanges(byId, byReplaced));
    }

    /**
     * Points references into a range at its squash: a down revision may only be the range's last
     * revision (a child of a revision inside the range needs a state the squash never records);
     * a dependency on any of them is met once the squash is applied.
     */
    private static RevisionNode reparent(
            RevisionNode node, Map<String, String> replacedBy, Map<String, RevisionNode> squashes) {
        List<String> down = new ArrayList<>();
        boolean changed = false;
        for (String parent : node.downRevisions()) {
            String squash = replacedBy.get(parent);
            if (squash == null) {
                down.add(parent);
                continue;
            }
            List<String> range = squashes.get(squash).replaces();
            if (!range.get(range.size() - 1).equals(parent)) {
                throw new RevisionGraphException(
                        ErrorKind.BAD_REVISION_GRAPH,
                        "Revision " + node.id() + " names " + parent + " as its down revision,"
                                + " but " + parent + " lies inside the range squashed by " + squash + ", which ends at "
                                + range.get(range.size() - 1) + ". Merge " + node.id()
                                + "'s branch before the end of the range,"
                                + " or squash up to a revision that includes it");
            }
            if (!down.contains(squash)) {
                down.add(squash);
            }
            changed = true;
        }
        List<String> dependsOn = new ArrayList<>();
        for (String dependency : node.dependsOn()) {
            String mapped = replacedBy.getOrDefault(dependency, dependency);
            changed |= !mapped.equals(dependency);
            if (!dependsOn.contains(mapped)) {
                dependsOn.add(mapped);
            }
        }
        return changed
                ? new RevisionNode(node.id(), down, node.branchLabels(), dependsOn, node.message(), node.replaces())
                : node;
    }

    /** The originals' own graph, checked to be exactly the range; {@code null} when none is left. */
    private static RevisionGraph originalsGraph(RevisionNode squash, List<RevisionNode> present) {
        if (present.isEmpty()) {
            return null;
        }
        String replaces = String.join(", ", squash.replaces());
        RevisionGraph graph;
        try {
            graph = build(present);
        } catch (RevisionGraphException e) {
            throw new RevisionGraphException(
                    ErrorKind.BAD_REVISION_GRAPH,
                    "Squashed revision " + squash.id() + " replaces " + replaces
                            + ", but the original scripts present do not form that history: " + e.getMessage()
                            + ". A squash replaces its whole ancestry from base: keep every original script, or delete"
                            + " them all once every database has passed " + squash.id(),
                    e);
        }
        List<String> missing = new ArrayList<>();
        for (String id : squash.replaces()) {
            if (graph.find(id).isEmpty() && graph.squashedInto(id).isEmpty()) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new RevisionGraphException(
                    ErrorKind.BAD_REVISION_GRAPH,
                    "Squashed revision " + squash.id() + " replaces " + replaces
                            + ", but the scripts of " + String.join(", ", missing) + " are missing while the others are"
                            + " present. Restore them, or delete every original once all databases have passed "
                            + squash.id());
        }
        String last = squash.replaces().get(squash.replaces().size() - 1);
        if (!graph.effectiveHeads().equals(List.of(last))) {
            throw new RevisionGraphException(
                    ErrorKind.BAD_REVISION_GRAPH,
                    "Squashed revision " + squash.id() + " must list the revisions it"
                            + " replaces oldest first, ending with the one it reaches; the originals end at "
                            + String.join(", ", graph.effectiveHeads()) + ", not " + last);
        }
        return graph;
    }
}
