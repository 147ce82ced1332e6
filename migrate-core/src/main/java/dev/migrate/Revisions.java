package dev.migrate;

import java.util.List;
import java.util.Set;

/**
 * The revisions a {@link Migrate} instance loaded, read-only: enough to list them, draw their
 * graph or check that a target exists. Ids are full revision ids; an id the scripts do not hold
 * is a {@link BadInputException} naming it.
 *
 * <pre>{@code
 * Revisions revisions = migrate.revisions();
 * for (String id : revisions.ids()) {
 *     System.out.println(id + " <- " + revisions.parents(id) + " " + revisions.message(id));
 * }
 * }</pre>
 */
public interface Revisions {

    /** Every revision id, each after its parents and dependencies; ties in the order the scripts were found. */
    List<String> ids();

    /** Whether a revision has exactly this id. */
    boolean contains(String id);

    /** Revisions no other revision follows, in the order the scripts were found. */
    List<String> heads();

    /** Revisions without parents. */
    List<String> bases();

    /** The revisions {@code id} follows (its {@code down} revisions): none for a base, several for a merge. */
    List<String> parents(String id);

    /** The revisions that follow {@code id}: none for a head, several at a branch point. */
    List<String> children(String id);

    /** What {@code id} depends on besides its parents, as its script declares it ({@code depends_on}). */
    List<String> dependsOn(String id);

    /** The branch labels of {@code id}: its own and those of the branch it is on. */
    Set<String> branchLabels(String id);

    /** The message of {@code id}; empty when it has none. */
    String message(String id);

    /**
     * The ids a target names, as the commands read it: {@code heads}, {@code head}, {@code base}
     * (no ids), a full id, a unique prefix, a branch label, {@code label@head}, {@code -1}.
     *
     * @throws BadInputException when the target names nothing, or several revisions where one is meant
     */
    List<String> resolve(String target);
}
