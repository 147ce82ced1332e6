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

    // Written out, as Location's: a record's generated equals and hashCode are linked through
    // invokedynamic on their first call, about 10 ms in a cold JVM, and the program's upgrade compares
    // a remembered revision's header with the file's before running it.
    @Override
    public boolean equals(Object other) {
        return other instanceof RevisionNode node
                && id.equals(node.id)
                && downRevisions.equals(node.downRevisions)
                && branchLabels.equals(node.branchLabels)
                && dependsOn.equals(node.dependsOn)
                && message.equals(node.message)
                && replaces.equals(node.replaces);
    }

    @Override
    public int hashCode() {
        int hash = id.hashCode();
        hash = 31 * hash + downRevisions.hashCode();
        hash = 31 * hash + branchLabels.hashCode();
        hash = 31 * hash + dependsOn.hashCode();
        hash = 31 * hash + message.hashCode();
        return 31 * hash + replaces.hashCode();
    }
}
