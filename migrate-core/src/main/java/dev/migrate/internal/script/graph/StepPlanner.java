package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Works out which revisions lie between the current heads and a target and in which order they
 * run, following Alembic's {@code iterate_revisions} with its upgrade and downgrade collectors and
 * its relative-target parsing.
 */
final class StepPlanner {

    private final RevisionGraph graph;

    StepPlanner(RevisionGraph graph) {
        this.graph = graph;
    }

    /** A downgrade target: the branch it names, if any, and the revision ({@code null} for base). */
    private record DowngradeTarget(String branchLabel, GraphRevision revision) {}

    /** What a collector found: the revisions to run and the tops to order them from. */
    private record Collected(Set<GraphRevision> revisions, List<GraphRevision> heads) {}

    /**
     * Alembic's {@code iterate_revisions(upper, lower, ...)}: the revisions between {@code upper}
     * and {@code lower}, newest first. A one-element list stands for a single identifier.
     */
    List<GraphRevision> iterate(
            List<String> upper,
            List<String> lower,
            boolean implicitBase,
            boolean inclusive,
            boolean assertRelativeLength,
            boolean selectForDowngrade) {
        Collected collected = selectForDowngrade
                ? collectDowngrade(
                        upper, lower.isEmpty() ? null : lower.get(0), inclusive, implicitBase, assertRelativeLength)
                : collectUpgrade(upper, lower, inclusive, implicitBase, assertRelativeLength);
        return StepOrder.topDown(collected.revisions(), collected.heads());
    }

    // ---------------------------------------------------------------- target parsing

    private DowngradeTarget parseDowngradeTarget(
            List<String> currentRevisions, String target, boolean assertRelativeLength) {
        if (target == null) {
            return new DowngradeTarget(null, null);
        }
        Matcher match = RevisionGraph.RELATIVE.matcher(target);
        if (match.matches()) {
            String branchLabel = match.group(1);
            String symbol = match.group(2);
            String relative = match.group(3);
            int steps = RevisionGraph.parseRelative(relative);
            if (steps >= 0) {
                if (symbol == null) {
                    throw didNotProduce(relative, steps);
                }
                GraphRevision revision =
                        graph.walk(graph.getRevision(symbol), steps, branchLabel, assertRelativeLength);
                if (revision == null) {
                    throw new RevisionGraphException(ErrorKind.BAD_TARGET, "Walked too far");
                }
                return new DowngradeTarget(branchLabel, revision);
            }
            boolean fromCurrent = symbol == null;
            if (fromCurrent) {
                if (branchLabel != null) {
                    symbol = currentOnBranch(currentRevisions, branchLabel, relative);
                } else {
                    if (currentRevisions.isEmpty()) {
                        throw didNotProduce(relative, steps);
                    }
                    // Alembic warns that this is ambiguous and walks down the first head; a silent
                    // pick is how a branch's data is lost, so migrate refuses and names the targets.
                    if (new LinkedHashSet<>(currentRevisions).size() > 1) {
                        throw ambiguousFromHeads(currentRevisions, relative);
                    }
                    symbol = currentRevisions.get(0);
                    branchLabel = symbol;
                }
            }
            GraphRevision start =
                    branchLabel == null ? graph.getRevision(symbol) : graph.getRevision(branchLabel + "@" + symbol);
            GraphRevision revision = graph.walk(start, steps, null, assertRelativeLength);
            if (revision == null) {
                if (fromCurrent) {
                    throw didNotProduce(relative, steps);
                }
                throw new RevisionGraphException(ErrorKind.BAD_TARGET, "Walked too far");
            }
            return new DowngradeTarget(branchLabel, revision);
        }
        int at = target.lastIndexOf('@');
        String branchLabel = at > 0 ? target.substring(0, at) : null;
        return new DowngradeTarget(branchLabel, graph.getRevision(target.substring(at + 1)));
    }

    /** {@code downgrade -1} with several heads: the heads, and for each the targets that walk down its branch alone. */
    private RevisionGraphException ambiguousFromHeads(List<String> currentRevisions, String relative) {
        List<String> choices = new ArrayList<>();
        for (String id : new LinkedHashSet<>(currentRevisions)) {
            List<String> targets = new ArrayList<>();
            targets.add(id + "@" + relative);
            GraphRevision head = graph.lookup(id).orElse(null);
            if (head != null) {
                head.branchLabels.stream().sorted().forEach(label -> targets.add(label + "@" + relative));
            }
            choices.add(String.join(" or ", targets) + " (steps down from " + id + ")");
        }
        return new RevisionGraphException(
                ErrorKind.BAD_TARGET,
                "downgrade " + relative + " from multiple heads is ambiguous: the database is at "
                        + String.join(", ", new LinkedHashSet<>(currentRevisions))
                        + ". Nothing was run. Name the head to step"
                        + " down from: " + String.join("; ", choices) + ".");
    }

    private String currentOnBranch(List<String> currentRevisions, String branchLabel, String relative) {
        List<GraphRevision> current = new ArrayList<>();
        for (String id : currentRevisions) {
            current.add(graph.revisionForIdent(id, null));
        }
        List<GraphRevision> onBranch = graph.filterForLineage(current, branchLabel, false);
        if (onBranch.isEmpty()) {
            // The branch's head may be implied: another current head depends on it.
            List<GraphRevision> allCurrent = new ArrayList<>(allCurrent(currentRevisions));
            onBranch = graph.filterForLineage(allCurrent, branchLabel, false);
        }
        if (onBranch.size() != 1) {
            throw new RevisionGraphException(
                    ErrorKind.BAD_TARGET,
                    "Relative revision " + branchLabel + "@" + relative
                            + " is ambiguous: "
                            + (onBranch.isEmpty()
                                    ? "no current revision is on branch '" + branchLabel + "'"
                                    : "current revisions " + GraphRevision.ids(onBranch) + " are on branch '"
                                            + branchLabel + "'"));
        }
        return onBranch.get(0).id();
    }

    /** Alembic's {@code _get_all_current}: the branch tips of the current heads and all they imply. */
    private Set<GraphRevision> allCurrent(List<String> ids) {
        Set<GraphRevision> top = new LinkedHashSet<>();
        for (GraphRevision revision : graph.getRevisions(ids)) {
            if (revision != null && revision != RevisionGraph.BASE) {
                top.add(revision);
            }
        }
        top.addAll(Traversal.ancestors(new ArrayList<>(top), true, false));
        return Traversal.branchHeads(top);
    }

    private List<GraphRevision> parseUpgradeTarget(
            List<String> currentRevisions, List<String> target, boolean assertRelativeLength) {
        Matcher match = target.size() == 1 ? RevisionGraph.RELATIVE.matcher(target.get(0)) : null;
        if (match == null || !match.matches()) {
            return graph.getRevisions(target);
        }
        String branchLabel = match.group(1);
        String symbol = match.group(2);
        String relativeText = match.group(3);
        int relative = RevisionGraph.parseRelative(relativeText);
        if (relative > 0) {
            if (symbol != null) {
                return listOf(graph.walk(graph.getRevision(symbol), relative, branchLabel, assertRelativeLength));
            }
            List<String> startRevisions = new ArrayList<>(currentRevisions);
            if (branchLabel != null) {
                startRevisions = startsOnBranch(currentRevisions, branchLabel);
            }
            if (startRevisions.size() > 1) {
                throw new RevisionGraphException(
                        ErrorKind.BAD_TARGET, "Ambiguous upgrade from multiple current revisions");
            }
            String startId = startRevisions.isEmpty() ? null : startRevisions.get(0);
            GraphRevision start = startId == null ? null : graph.getRevision(startId);
            GraphRevision revision = graph.walk(start, relative, branchLabel, assertRelativeLength);
            if (revision == null) {
                throw didNotProduce(relativeText, relative);
            }
            return List.of(revision);
        }
        if (symbol == null) {
            throw didNotProduce(Integer.toString(relative), relative);
        }
        GraphRevision start =
                branchLabel == null ? graph.getRevision(symbol) : graph.getRevision(branchLabel + "@" + symbol);
        return listOf(graph.walk(start, relative, null, assertRelativeLength));
    }

    /** Where {@code label@+N} starts: the current head on the branch, else the branch's tip below the heads. */
    private List<String> startsOnBranch(List<String> currentRevisions, String branchLabel) {
        List<GraphRevision> current = new ArrayList<>();
        for (GraphRevision revision : graph.getRevisions(currentRevisions)) {
            if (revision != null && revision != RevisionGraph.BASE) {
                current.add(revision);
            }
        }
        List<GraphRevision> onBranch = graph.filterForLineage(current, branchLabel, false);
        if (!onBranch.isEmpty()) {
            return GraphRevision.ids(onBranch);
        }
        List<GraphRevision> active =
                graph.filterForLineage(new ArrayList<>(Traversal.ancestors(current, true, false)), branchLabel, false);
        Set<GraphRevision> below = new HashSet<>();
        for (GraphRevision revision : active) {
            below.addAll(revision.normalizedDown);
        }
        List<String> tips = new ArrayList<>();
        for (GraphRevision revision : active) {
            if (!below.contains(revision)) {
                tips.add(revision.id());
            }
        }
        return tips;
    }

    private static List<GraphRevision> listOf(GraphRevision revision) {
        List<GraphRevision> list = new ArrayList<>(1);
        list.add(revision);
        return list;
    }

    private static RevisionGraphException didNotProduce(String relative, int steps) {
        return new RevisionGraphException(
                ErrorKind.BAD_TARGET,
                "Relative revision " + relative + " didn't produce " + Math.abs(steps) + " migrations");
    }

    // ---------------------------------------------------------------- collectors

    private Collected collectDowngrade(
            List<String> upper, String lower, boolean inclusive, boolean implicitBase, boolean assertRelativeLength) {
        DowngradeTarget parsed = parseDowngradeTarget(upper, lower, assertRelativeLength);
        GraphRevision target = parsed.revision() == RevisionGraph.BASE ? null : parsed.revision();
        List<GraphRevision> roots;
        if (target == null) {
            roots = graph.baseRevisions();
        } else if (inclusive) {
            roots = List.of(target);
        } else {
            roots = target.next;
        }
        if (parsed.branchLabel() != null && roots.size() > 1) {
            Set<GraphRevision> onBranch =
                    Traversal.ancestors(List.of(graph.resolveBranch(parsed.branchLabel())), false, false);
            List<GraphRevision> filtered = new ArrayList<>();
            for (GraphRevision root : roots) {
                if (onBranch.contains(root)) {
                    filtered.add(root);
                }
            }
            if (filtered.isEmpty()) {
                throw new RevisionGraphException(
                        ErrorKind.BAD_TARGET, "Not a valid downgrade target from current heads");
            }
            roots = filtered;
        }
        List<GraphRevision> heads = present(graph.getRevisions(upper));
        Set<GraphRevision> downgrade = new LinkedHashSet<>(Traversal.descendants(roots, true, false));
        Set<GraphRevision> active = Traversal.ancestors(heads, true, false);
        downgrade.retainAll(active);
        if (implicitBase) {
            Set<GraphRevision> others = new LinkedHashSet<>(active);
            others.removeAll(Traversal.ancestors(roots, true, false));
            downgrade.addAll(others);
        }
        if (target != null && downgrade.isEmpty() && !heads.contains(target)) {
            throw new RangeNotAncestorException("Nothing to drop", String.join(", ", upper));
        }
        return new Collected(downgrade, heads);
    }

    private Collected collectUpgrade(
            List<String> upper,
            List<String> lower,
            boolean inclusive,
            boolean implicitBase,
            boolean assertRelativeLength) {
        List<GraphRevision> targets = new ArrayList<>();
        for (GraphRevision revision : parseUpgradeTarget(lower, upper, assertRelativeLength)) {
            if (revision == null) {
                throw new RevisionGraphException(
                        ErrorKind.BAD_TARGET,
                        "Relative revision " + upper.get(0) + " walks past the end of the revision graph");
            }
            if (revision != RevisionGraph.BASE) {
                targets.add(revision);
            }
        }
        if (lower.size() == 1 && lower.get(0).contains("@")) {
            targets = onNamedBranch(targets, lower.get(0));
        }
        Set<GraphRevision> required = new LinkedHashSet<>(Traversal.ancestors(targets, true, true));
        required.addAll(targets);

        List<GraphRevision> current = graph.getRevisions(lower);
        if (!implicitBase) {
            for (GraphRevision revision : current) {
                if (revision != null && !required.contains(revision)) {
                    throw new RangeNotAncestorException(String.join(", ", lower), String.join(", ", upper));
                }
            }
        }
        List<String> lowerIds = lower;
        if (!current.isEmpty() && current.get(0) == null) {
            // A relative lower end such as -3 that get_revisions cannot place: count it from the upper end.
            GraphRevision revision = parseDowngradeTarget(upper, lower.get(0), assertRelativeLength)
                    .revision();
            if (revision == null || revision == RevisionGraph.BASE) {
                current = List.of();
                lowerIds = List.of();
            } else {
                current = List.of(revision);
                lowerIds = List.of(revision.id());
            }
        }
        current = present(current);
        Set<GraphRevision> currentNodes = new HashSet<>(Traversal.ancestors(current, true, true));
        currentNodes.addAll(current);

        Set<GraphRevision> needs = new LinkedHashSet<>(required);
        needs.removeAll(currentNodes);
        if (inclusive) {
            needs.addAll(present(graph.getRevisions(lowerIds)));
        }
        if (!current.isEmpty() && !implicitBase) {
            needs.retainAll(Traversal.descendants(current, false, true));
        }
        return new Collected(needs, targets);
    }

    /** For a lower end such as {@code label@base}: keep only the targets on that branch. */
    private List<GraphRevision> onNamedBranch(List<GraphRevision> targets, String lower) {
        String branch = lower.substring(0, lower.indexOf('@'));
        GraphRevision branchRevision = graph.getRevision(branch);
        if (branchRevision != null && branchRevision.id().equals(branch)) {
            // A revision id used as the label: use its branch's label instead.
            if (branchRevision.branchLabels.size() != 1) {
                throw new RevisionGraphException(
                        ErrorKind.BAD_TARGET,
                        "Revision " + branch + " used as a branch in '" + lower
                                + "' must carry exactly one branch label; it has "
                                + branchRevision.branchLabels.size());
            }
            branch = branchRevision.branchLabels.iterator().next();
        }
        List<GraphRevision> kept = new ArrayList<>();
        for (GraphRevision target : targets) {
            if (target.branchLabels.contains(branch)) {
                kept.add(target);
            }
        }
        return kept;
    }

    private static List<GraphRevision> present(List<GraphRevision> revisions) {
        List<GraphRevision> present = new ArrayList<>();
        for (GraphRevision revision : revisions) {
            if (revision != null && revision != RevisionGraph.BASE && !present.contains(revision)) {
                present.add(revision);
            }
        }
        return present;
    }

    // ---------------------------------------------------------------- stamp

    List<StampStep> stampSteps(List<String> currentHeads, List<String> targets) {
        List<GraphRevision> heads = present(graph.getRevisions(currentHeads));
        List<String> destinations = targets == null || targets.isEmpty() ? List.of("base") : targets;
        Set<GraphRevision> filtered = new LinkedHashSet<>();
        for (String destination : destinations) {
            if (destination != null && !destination.isEmpty()) {
                filtered.addAll(graph.filterForLineage(heads, destination, true));
            }
        }
        List<GraphRevision> dests = new ArrayList<>(present(graph.getRevisions(destinations)));
        if (dests.isEmpty()) {
            dests.add(null);
        }
        List<String> filteredIds = GraphRevision.ids(new ArrayList<>(filtered));
        List<StampStep> steps = new ArrayList<>();
        for (GraphRevision dest : dests) {
            if (dest == null) {
                for (GraphRevision head : filtered) {
                    steps.add(new StampStep(List.of(head.id()), List.of(), false, true));
                }
            } else if (filtered.contains(dest)) {
                continue;
            } else if (intersects(Traversal.descendants(List.of(dest), true, false), filtered)) {
                steps.add(new StampStep(filteredIds, List.of(dest.id()), false, false));
            } else if (intersects(Traversal.ancestors(List.of(dest), true, false), filtered)) {
                steps.add(new StampStep(filteredIds, List.of(dest.id()), true, false));
            } else {
                steps.add(new StampStep(List.of(), List.of(dest.id()), true, true));
            }
        }
        return steps;
    }

    private static boolean intersects(Set<GraphRevision> a, Set<GraphRevision> b) {
        for (GraphRevision revision : b) {
            if (a.contains(revision)) {
                return true;
            }
        }
        return false;
    }
}
