package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The revisions of a project linked into a graph, as Alembic's {@code RevisionMap}: heads, bases,
 * branch points, merge points, branch labels, {@code depends_on}; resolution of every target form
 * Alembic accepts; and the ordered steps from a database's current heads to a target. Pure: no
 * JDBC, no I/O. Built once with {@link #of(Collection)}, then immutable and safe to share.
 */
public final class RevisionGraph {

    /** Alembic's relative destination: {@code [label@][symbol](+|-)N}. */
    static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    /** Stands for Alembic's {@code "base"} result of walking down past a base; never leaves this package. */
    static final GraphRevision BASE =
            new GraphRevision(new RevisionNode("base", List.of(), Set.of(), List.of(), ""), -1);

    private final List<GraphRevision> revisions;
    private final RevisionKeys keys;
    private final List<GraphRevision> heads;
    private final List<GraphRevision> realHeads;
    private final List<GraphRevision> bases;
    private final List<GraphRevision> topological;
    private final SquashedRanges squashes;
    private final StepPlanner planner = new StepPlanner(this);

    RevisionGraph(
            List<GraphRevision> revisions,
            RevisionKeys keys,
            List<GraphRevision> heads,
            List<GraphRevision> realHeads,
            List<GraphRevision> bases,
            List<GraphRevision> topological,
            SquashedRanges squashes) {
        this.squashes = squashes;
        revisions.forEach(revision -> revision.graph = this);
        this.revisions = List.copyOf(revisions);
        this.keys = keys;
        this.heads = List.copyOf(heads);
        this.realHeads = List.copyOf(realHeads);
        this.bases = List.copyOf(bases);
        this.topological = List.copyOf(topological);
    }

    /**
     * Links and checks the revisions. Their order breaks ties in step order, as file-name order does
     * in Alembic, so give them sorted by source name.
     *
     * @throws RevisionGraphException for a missing parent, a duplicate id or branch label, an
     *         illegal character in an id, or an unresolvable dependency
     * @throws CycleDetectedException for a loop through down revisions or dependencies
     */
    public static RevisionGraph of(Collection<RevisionNode> nodes) {
        return SquashedRanges.build(nodes);
    }

    // ---------------------------------------------------------------- lookups

    /** The revision with exactly this id. */
    public Optional<GraphRevision> find(String id) {
        GraphRevision revision = keys.get(id);
        return revision != null && revision.id().equals(id) ? Optional.of(revision) : Optional.empty();
    }

    /** The revision with exactly this id, or a {@link ResolutionException}. */
    public GraphRevision get(String id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** All revisions, each after its down revisions and dependencies; ties in input order. */
    public List<GraphRevision> revisions() {
        return topological;
    }

    public int size() {
        return revisions.size();
    }

    public boolean isEmpty() {
        return revisions.isEmpty();
    }

    /**
     * The given revisions and everything they stand on (down revisions and dependencies): what a
     * database at {@code ids} has applied.
     */
    public Set<String> ancestorsOf(Collection<String> ids) {
        List<GraphRevision> targets = new ArrayList<>();
        Set<String> ancestors = new LinkedHashSet<>();
        for (String id : ids) {
            Optional<SquashedRanges.Squash> squash = find(id).isPresent() ? Optional.empty() : squashes.replacing(id);
            if (squash.isPresent() && squash.get().originals() != null) {
                ancestors.addAll(squash.get().originals().ancestorsOf(List.of(id)));
            } else {
                targets.add(squash.isPresent() ? get(squash.get().id()) : get(id));
            }
        }
        for (GraphRevision revision : Traversal.ancestors(targets, true, false)) {
            ancestors.add(revision.id());
        }
        return ancestors;
    }

    /** Revisions no other revision names as down revision (Alembic's {@code get_heads()}), in input order. */
    public List<String> heads() {
        return GraphRevision.ids(heads);
    }

    /**
     * Heads that no revision depends on either: the rows the version table holds after upgrading
     * to {@code heads} (Alembic's {@code get_heads(consider_depends_on=True)}).
     */
    public List<String> effectiveHeads() {
        return GraphRevision.ids(realHeads);
    }

    /** Revisions without down revision, in input order. */
    public List<String> bases() {
        return GraphRevision.ids(bases);
    }

    // ---------------------------------------------------------------- squashed ranges

    /**
     * Whether a version-table or history row names a revision these scripts explain: one of the
     * graph, or one a squashed revision replaces. The one "unknown revision" check of the core.
     */
    public boolean knows(String id) {
        return find(id).isPresent() || squashedInto(id).isPresent();
    }

    /** The squashed revision that stands for {@code id}, when {@code id} lies inside a squashed range. */
    public Optional<String> squashedInto(String id) {
        return squashes.replacing(id).map(SquashedRanges.Squash::id);
    }

    /**
     * The revision of this graph a version-table row means: the row itself, or the squash when the
     * row is the last revision of its range; empty for a row inside a range (a state no revision
     * of this graph records) and for an unknown row.
     */
    public Optional<String> standsFor(String row) {
        if (find(row).isPresent()) {
            return Optional.of(row);
        }
        return squashes.replacing(row)
                .filter(squash -> squash.last().equals(row))
                .map(SquashedRanges.Squash::id);
    }

    /** The graph of the original scripts a squashed revision replaces, while they are present. */
    public Optional<RevisionGraph> originals(String squashId) {
        return squashes.squash(squashId).map(SquashedRanges.Squash::originals);
    }

    /**
     * The revision with exactly this id, looked for in this graph and then among the originals of
     * its squashed ranges (what a version table may still hold).
     */
    public Optional<GraphRevision> lookup(String id) {
        Optional<GraphRevision> found = find(id);
        if (found.isPresent()) {
            return found;
        }
        return squashes.replacing(id).map(SquashedRanges.Squash::originals).flatMap(graph -> graph.lookup(id));
    }

    // ---------------------------------------------------------------- resolution (public)

    /**
     * Resolves a target to revision ids as Alembic's {@code get_revisions}: a full id, a unique
     * prefix, a branch label, {@code head}, {@code heads}, {@code base} (no ids), {@code label@head},
     * {@code label@base}, {@code label@prefix}, or {@code -N} / {@code label@-N} counted down from
     * the heads.
     */
    public List<String> resolve(String target) {
        return translating(null, null, null, null, () -> {
            List<String> ids = new ArrayList<>();
            for (GraphRevision revision : getRevisions(target)) {
                if (revision != null && revision != BASE) {
                    ids.add(revision.id());
                }
            }
            return Collections.unmodifiableList(ids);
        });
    }

    /**
     * Resolves a target that must name at most one revision, as Alembic's {@code get_revision};
     * empty for {@code base}.
     *
     * @throws MultipleHeadsException when it names several heads
     */
    public Optional<GraphRevision> resolveOne(String target) {
        return translating(null, null, null, null, () -> Optional.ofNullable(getRevision(target)));
    }

    /** The given revisions that share a line (ancestor or descendant) with {@code checkAgainst}. */
    public List<String> filterForLineage(Collection<String> ids, String checkAgainst) {
        return translating(null, null, null, null, () -> {
            List<GraphRevision> targets = new ArrayList<>();
            for (String id : ids) {
                targets.add(revisionForIdent(id, null));
            }
            return GraphRevision.ids(filterForLineage(targets, checkAgainst, false));
        });
    }

    // ---------------------------------------------------------------- steps (public)

    /**
     * The upgrade steps from the database's current heads to {@code target}, first step first, as
     * Alembic's {@code _upgrade_revs}. Relative targets ({@code +2}, {@code label@+1}) count from
     * the current heads.
     */
    public List<MigrationStep> upgradeSteps(Collection<String> currentHeads, String target) {
        if (target == null || target.isBlank()) {
            throw new RevisionGraphException(
                    ErrorKind.BAD_TARGET, "An upgrade needs a target revision, e.g. 'head' or 'heads'");
        }
        SquashedRanges.CatchUp catchUp = squashes.catchUp(this, currentHeads);
        return translating(
                "Destination %(end)s is not a valid upgrade target from current head(s)",
                null, target, null, () -> {
                    List<GraphRevision> order =
                            planner.iterate(List.of(target), catchUp.heads(), true, false, true, false);
                    List<MigrationStep> steps = new ArrayList<>(catchUp.steps());
                    for (int i = order.size() - 1; i >= 0; i--) {
                        steps.add(MigrationStep.upgrade(order.get(i)));
                    }
                    return Collections.unmodifiableList(steps);
                });
    }

    /**
     * The downgrade steps from the database's current heads down to {@code target}, first step
     * first, as Alembic's {@code _downgrade_revs}. {@code base} or {@code null} goes to the bottom;
     * {@code -1} and {@code label@-1} count from the current heads.
     */
    public List<MigrationStep> downgradeSteps(Collection<String> currentHeads, String target) {
        Optional<RevisionGraph> originals = squashes.originalsHolding(this, currentHeads);
        if (originals.isPresent()) {
            // A database that stopped inside a squashed range goes down through the originals.
            return originals.get().downgradeSteps(currentHeads, target);
        }
        SquashedRanges.CatchUp restamps = squashes.restamp(this, currentHeads);
        return translating(
                "Destination %(end)s is not a valid downgrade target from current head(s)",
                null, target, null, () -> {
                    List<GraphRevision> order = planner.iterate(
                            restamps.heads(), target == null ? List.of() : List.of(target), false, false, true, true);
                    List<MigrationStep> steps = new ArrayList<>(restamps.steps());
                    for (GraphRevision revision : order) {
                        steps.add(MigrationStep.downgrade(revision));
                    }
                    return Collections.unmodifiableList(steps);
                });
    }

    /**
     * The revisions from {@code head} down to {@code base}, both included, newest first, as Alembic's
     * {@code walk_revisions} (what {@code history -r base:head} lists). {@code null} means
     * {@code base} and {@code heads}.
     */
    public List<GraphRevision> walkRevisions(String base, String head) {
        String lower = base == null || base.isEmpty() ? "base" : base;
        String upper = head == null || head.isEmpty() ? "heads" : head;
        return walkRevisions(List.of(lower), List.of(upper));
    }

    /** As {@link #walkRevisions(String, String)} with several revisions at either end (e.g. the current heads). */
    public List<GraphRevision> walkRevisions(List<String> base, List<String> head) {
        String start = describe(base);
        String end = describe(head);
        return translating(
                "Requested range %(start)s:%(end)s does not refer to ancestor/descendant revisions "
                        + "along the same branch",
                start,
                end,
                null,
                () -> Collections.unmodifiableList(planner.iterate(head, base, false, true, false, false)));
    }

    /**
     * The revisions {@code history -r start:end} shows; {@code null} for the whole history.
     * Either end may be left out ({@code start:}, {@code :end}).
     */
    public List<GraphRevision> history(String range) {
        if (range == null) {
            return walkRevisions((String) null, null);
        }
        String[] parts = range.strip().split(":", -1);
        if (parts.length != 2) {
            throw new RevisionGraphException(
                    ErrorKind.BAD_TARGET, "History range requires [start]:[end], [start]:, or :[end]");
        }
        return walkRevisions(parts[0], parts[1]);
    }

    /**
     * The heads an offline run ({@code upgrade --sql start:end}) starts from: none for {@code base},
     * else the one revision {@code start} names.
     */
    public List<String> startingRevisions(String start) {
        if (start == null || start.isEmpty() || "base".equals(start)) {
            return List.of();
        }
        return resolveOne(start).map(r -> List.of(r.id())).orElse(List.of());
    }

    /**
     * The version-table moves that stamp the given targets over the current heads, as Alembic's
     * {@code _stamp_revs}; several targets stamp several branches.
     */
    public List<StampStep> stampSteps(Collection<String> currentHeads, List<String> targets) {
        return translating(
                null,
                null,
                null,
                "Multiple heads are present; please specify a single target revision",
                () -> planner.stampSteps(List.copyOf(currentHeads), targets));
    }

    // ---------------------------------------------------------------- resolution (Alembic's RevisionMap internals)

    List<GraphRevision> baseRevisions() {
        return bases;
    }

    /** An identifier split into ids and branch label, as Alembic's {@code _resolve_revision_number}. */
    record Resolved(List<String> ids, String branchLabel) {}

    Resolved resolveNumber(String id) {
        String label = null;
        String rest = id;
        if (id != null && id.indexOf('@') >= 0) {
            int at = id.indexOf('@');
            label = id.substring(0, at);
            rest = id.substring(at + 1);
            if (label.isEmpty()) {
                label = null;
            }
        }
        if ("heads".equals(rest)) {
            if (label != null) {
                return new Resolved(GraphRevision.ids(filterForLineage(heads, label, false)), label);
            }
            return new Resolved(GraphRevision.ids(realHeads), null);
        }
        if ("head".equals(rest)) {
            GraphRevision head = currentHead(label);
            return new Resolved(head == null ? List.of() : List.of(head.id()), label);
        }
        if (rest == null || "base".equals(rest)) {
            return new Resolved(List.of(), label);
        }
        return new Resolved(List.of(rest), label);
    }

    GraphRevision currentHead(String branchLabel) {
        List<GraphRevision> current = heads;
        if (branchLabel != null) {
            current = filterForLineage(current, branchLabel, false);
        }
        if (current.size() > 1) {
            throw new MultipleHeadsException(
                    GraphRevision.ids(current), branchLabel != null ? branchLabel + "@head" : "head");
        }
        return current.isEmpty() ? null : current.get(0);
    }

    /** Alembic's {@code get_revisions}: may hold {@code null} (walked past the graph) and {@link #BASE}. */
    List<GraphRevision> getRevisions(String id) {
        Resolved resolved = resolveNumber(id);
        if (resolved.ids().size() == 1
                && resolved.ids().get(0).startsWith("-")
                && INTEGER.matcher(resolved.ids().get(0)).matches()) {
            int steps = parseRelative(resolved.ids().get(0));
            if (steps < 0) {
                List<GraphRevision> selected = new ArrayList<>();
                for (GraphRevision head : getRevisions("heads")) {
                    if (resolved.branchLabel() == null || head.branchLabels.contains(resolved.branchLabel())) {
                        selected.add(head);
                    }
                }
                List<GraphRevision> walked = new ArrayList<>();
                for (GraphRevision head : selected) {
                    walked.add(walk(head, steps, null, true));
                }
                return walked;
            }
        }
        List<GraphRevision> found = new ArrayList<>();
        for (String ident : resolved.ids()) {
            found.add(revisionForIdent(ident, resolved.branchLabel()));
        }
        return found;
    }

    List<GraphRevision> getRevisions(List<String> ids) {
        List<GraphRevision> found = new ArrayList<>();
        for (String id : ids) {
            if (id != null) {
                found.addAll(getRevisions(id));
            }
        }
        return found;
    }

    /** Alembic's {@code get_revision}: {@code null} for base. */
    GraphRevision getRevision(String id) {
        Resolved resolved = resolveNumber(id);
        if (resolved.ids().size() > 1) {
            throw new MultipleHeadsException(resolved.ids(), id);
        }
        return revisionForIdent(resolved.ids().isEmpty() ? null : resolved.ids().get(0), resolved.branchLabel());
    }

    /** Alembic's {@code _revision_for_ident}: exact key, else unique prefix; checked against the branch. */
    GraphRevision revisionForIdent(String ident, String checkBranch) {
        GraphRevision branch = checkBranch != null ? resolveBranch(checkBranch) : null;
        if (ident == null) {
            return null;
        }
        GraphRevision revision = keys.get(ident);
        if (revision == null && squashes.replacing(ident).isPresent()) {
            revision = replacedRevision(ident);
        }
        if (revision == null) {
            List<String> matches = keys.startingWith(ident);
            if (branch != null && !matches.isEmpty()) {
                Set<GraphRevision> lineage = lineageOf(checkBranch, false);
                if (lineage != null) {
                    matches.removeIf(key -> !lineage.contains(keys.get(key)));
                }
            }
            if (matches.isEmpty()) {
                throw notFound(ident);
            }
            if (matches.size() > 1) {
                throw new ResolutionException(ErrorKind.BAD_TARGET, multipleStartMessage(ident, matches), ident);
            }
            revision = keys.get(matches.get(0));
        }
        if (branch != null && !Traversal.lineage(List.of(branch), false).contains(revision)) {
            throw new ResolutionException(
                    ErrorKind.BAD_TARGET,
                    "Revision " + revision.id() + " is not a member of branch '" + checkBranch + "'",
                    ident);
        }
        return revision;
    }

    /**
     * A replaced id named as a revision: the range's last revision is the squash's state, so it
     * means the squash; any other is a state the squash never records.
     */
    private GraphRevision replacedRevision(String ident) {
        SquashedRanges.Squash squash = squashes.replacing(ident).get();
        if (ident.equals(squash.last())) {
            return keys.get(squash.id());
        }
        throw new ResolutionException(
                ErrorKind.BAD_TARGET,
                "Revision " + ident + " is replaced by squashed revision " + squash.id()
                        + ", which stands for " + String.join(", ", squash.replaces()) + " as a whole; name "
                        + squash.id()
                        + " or a revision after it",
                ident);
    }

    static String multipleStartMessage(String prefix, List<String> matches) {
        List<String> quoted = new ArrayList<>();
        for (String match : matches.subList(0, Math.min(3, matches.size()))) {
            quoted.add("'" + match + "'");
        }
        return "Multiple revisions start with '" + prefix + "': " + String.join(", ", quoted) + "...";
    }

    static ResolutionException notFound(String ident) {
        return new ResolutionException(
                ErrorKind.UNKNOWN_REVISION, "Can't locate revision identified by '" + ident + "'", ident);
    }

    GraphRevision resolveBranch(String label) {
        GraphRevision revision = keys.get(label);
        if (revision != null) {
            return revision;
        }
        try {
            return revisionForIdent(label, null);
        } catch (ResolutionException e) {
            ResolutionException noBranch =
                    new ResolutionException(ErrorKind.UNKNOWN_REVISION, "No such branch: '" + label + "'", label);
            noBranch.initCause(e);
            throw noBranch;
        }
    }

    /**
     * The revisions sharing a line with what {@code checkAgainst} names (label and ids), or
     * {@code null} when it names nothing, which lets every target through.
     */
    Set<GraphRevision> lineageOf(String checkAgainst, boolean includeDependencies) {
        Resolved resolved = resolveNumber(checkAgainst);
        List<String> shares = new ArrayList<>();
        if (resolved.branchLabel() != null) {
            shares.add(resolved.branchLabel());
        }
        shares.addAll(resolved.ids());
        if (shares.isEmpty()) {
            return null;
        }
        Set<GraphRevision> of = new LinkedHashSet<>();
        for (String share : shares) {
            GraphRevision revision = revisionForIdent(share, null);
            if (revision != null) {
                of.add(revision);
            }
        }
        return Traversal.lineage(of, includeDependencies);
    }

    List<GraphRevision> filterForLineage(
            List<GraphRevision> targets, String checkAgainst, boolean includeDependencies) {
        if (targets.isEmpty()) {
            // Alembic resolves checkAgainst per target, so with no targets a bad name goes unnoticed.
            return targets;
        }
        Set<GraphRevision> lineage = lineageOf(checkAgainst, includeDependencies);
        if (lineage == null) {
            return targets;
        }
        List<GraphRevision> kept = new ArrayList<>();
        for (GraphRevision target : targets) {
            if (target != null && lineage.contains(target)) {
                kept.add(target);
            }
        }
        return kept;
    }

    /**
     * Alembic's {@code _walk}: {@code steps} up (positive) or down (negative) from {@code start}
     * ({@code null}: from the bases going up, from the heads going down). Returns {@code null}
     * after walking off the graph when {@code noOverwalk}, {@link #BASE} below a base.
     */
    GraphRevision walk(GraphRevision start, int steps, String branchLabel, boolean noOverwalk) {
        GraphRevision position = start;
        Set<GraphRevision> lineage = steps > 0 && branchLabel != null ? lineageOf(branchLabel, false) : null;
        for (int i = 0; i < Math.abs(steps); i++) {
            List<GraphRevision> children;
            if (steps > 0) {
                List<GraphRevision> up = position == null ? bases : position.next;
                if (lineage != null) {
                    children = new ArrayList<>();
                    for (GraphRevision child : up) {
                        if (lineage.contains(child)) {
                            children.add(child);
                        }
                    }
                } else {
                    children = up;
                }
            } else if (position == BASE) {
                children = List.of();
            } else {
                children = position == null ? heads : position.down;
                if (children.isEmpty()) {
                    children = List.of(BASE);
                }
            }
            if (children.isEmpty()) {
                return noOverwalk ? null : position;
            }
            if (children.size() > 1) {
                throw new RevisionGraphException(ErrorKind.BAD_TARGET, "Ambiguous walk");
            }
            position = children.get(0);
        }
        return position;
    }

    /** A relative count; counts beyond the int range walk off any graph, so they are clamped. */
    static int parseRelative(String number) {
        java.math.BigInteger value = new java.math.BigInteger(number.startsWith("+") ? number.substring(1) : number);
        return value.max(java.math.BigInteger.valueOf(-Integer.MAX_VALUE))
                .min(java.math.BigInteger.valueOf(Integer.MAX_VALUE))
                .intValue();
    }

    // ---------------------------------------------------------------- error wording

    private static String describe(List<String> revisions) {
        if (revisions == null || revisions.isEmpty()) {
            return null;
        }
        return String.join(", ", revisions);
    }

    /**
     * Rewords range and multiple-head errors for the operation at hand, as Alembic's
     * {@code ScriptDirectory._catch_revision_errors}.
     */
    private static <T> T translating(
            String ancestorTemplate, String start, String end, String multipleHeads, Supplier<T> body) {
        try {
            return body.get();
        } catch (RangeNotAncestorException e) {
            if (ancestorTemplate == null) {
                throw e;
            }
            String message = ancestorTemplate
                    .replace("%(start)s", String.valueOf(start != null ? start : e.lower()))
                    .replace("%(end)s", String.valueOf(end != null ? end : e.upper()));
            RangeNotAncestorException reworded = new RangeNotAncestorException(e.lower(), e.upper(), message);
            reworded.initCause(e);
            throw reworded;
        } catch (MultipleHeadsException e) {
            String message = multipleHeads != null
                    ? multipleHeads
                    : MultipleHeadsException.defaultMessage(end != null ? end : e.argument());
            MultipleHeadsException reworded = new MultipleHeadsException(e.heads(), e.argument(), message);
            reworded.initCause(e);
            throw reworded;
        }
    }
}
