package dev.migrate.internal.command;

import java.util.List;

/**
 * The options of {@code revision} and {@code merge}, as Alembic names them.
 *
 * @param message      {@code -m}; {@code null} writes Alembic's "empty message"
 * @param head         {@code --head}: what the new revision is based on; for {@code merge}, the revisions merged
 * @param splice       {@code --splice}: allow a parent that is not a head
 * @param branchLabels {@code --branch-label}
 * @param dependsOn    {@code --depends-on}
 * @param revId        {@code --rev-id}; {@code null} generates one
 * @param versionPath  {@code --version-path}; {@code null} picks one
 */
public record RevisionRequest(
        String message,
        List<String> head,
        boolean splice,
        List<String> branchLabels,
        List<String> dependsOn,
        String revId,
        String versionPath) {

    public RevisionRequest {
        head = head == null || head.isEmpty() ? List.of("head") : List.copyOf(head);
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** {@code revision -m message} with everything else defaulted. */
    public static RevisionRequest of(String message) {
        return new RevisionRequest(message, null, false, null, null, null, null);
    }
}
