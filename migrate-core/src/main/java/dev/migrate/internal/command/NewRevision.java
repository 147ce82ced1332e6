package dev.migrate.internal.command;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A revision about to be written.
 *
 * @param id           its id
 * @param parents      its down revisions; empty for a base
 * @param branchLabels its branch labels
 * @param dependsOn    its dependencies
 * @param message      its message
 * @param created      its creation time
 */
record NewRevision(
        String id,
        List<String> parents,
        List<String> branchLabels,
        List<String> dependsOn,
        String message,
        LocalDateTime created) {}
