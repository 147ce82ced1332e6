package dev.migrate.internal.autogenerate.render;

import dev.migrate.schema.OneLineText;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a new revision file says about itself.
 *
 * @param id          the new revision's id
 * @param down        its parents (the current heads)
 * @param message     the one-line message
 * @param javaPackage the package of a Java revision
 * @param className   the class name of a Java revision
 * @param created     when it was generated
 * @param branchLabels the branch labels it declares
 * @param replaces    for a squashed revision, the revisions it stands for, oldest first
 * @param transactional whether it runs in a transaction (false: {@code CREATE INDEX CONCURRENTLY})
 */
public record RevisionInfo(
        String id,
        List<String> down,
        String message,
        String javaPackage,
        String className,
        LocalDateTime created,
        List<String> branchLabels,
        List<String> replaces,
        boolean transactional) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        down = List.copyOf(down);
        message = OneLineText.of(message);
        created = created == null ? LocalDateTime.now() : created;
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    public RevisionInfo(
            String id,
            List<String> down,
            String message,
            String javaPackage,
            String className,
            LocalDateTime created,
            List<String> branchLabels,
            List<String> replaces) {
        this(id, down, message, javaPackage, className, created, branchLabels, replaces, true);
    }

    /** An ordinary revision: no branch labels, replacing nothing. */
    public RevisionInfo(
            String id, List<String> down, String message, String javaPackage, String className, LocalDateTime created) {
        this(id, down, message, javaPackage, className, created, List.of(), List.of());
    }

    /** The same revision as a squash standing for {@code ids}, carrying {@code labels}. */
    public RevisionInfo squashing(List<String> ids, List<String> labels) {
        return new RevisionInfo(id, down, message, javaPackage, className, created, labels, ids, transactional);
    }

    /** The same revision, run in a transaction or not. */
    public RevisionInfo transactional(boolean value) {
        return new RevisionInfo(id, down, message, javaPackage, className, created, branchLabels, replaces, value);
    }
}
