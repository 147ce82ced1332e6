package dev.migrate.internal.script.graph;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One revision as its script declares it: the input of {@link RevisionGraph}. Lists keep the
 * order in which the script wrote them, because Alembic's output repeats that order.
 *
 * @param id            the revision id
 * @param downRevisions parent ids; empty for a base, several for a merge point
 * @param branchLabels  labels declared on this revision (not those inherited)
 * @param dependsOn     ids, unique prefixes or branch labels this revision depends on
 * @param message       the revision's message, may be empty
 * @param replaces      for a squashed revision, the ids it stands for, oldest first; the last is
 *                      the revision the squash ends at. Empty for an ordinary revision.
 */
public record RevisionNode(
        String id,
        List<String> downRevisions,
        Set<String> branchLabels,
        List<String> dependsOn,
        String message,
        List<String> replaces) {

    public RevisionNode {
        downRevisions = List.copyOf(downRevisions);
        branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(branchLabels));
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    /** An ordinary revision, one that replaces nothing. */
    public RevisionNode(
            String id, List<String> downRevisions, Set<String> branchLabels, List<String> dependsOn, String message) {
        this(id, downRevisions, branchLabels, dependsOn, message, List.of());
    }

    /** Whether this is a squashed revision standing for others. */
    public boolean isSquash() {
        return !replaces.isEmpty();
    }
}
