package dev.migrate.internal.command;

import dev.migrate.internal.script.graph.RevisionNode;
import java.nio.file.Path;

/**
 * A revision file in one of the folders {@code revision} writes to, as its header declares it.
 *
 * @param node the declared revision
 * @param path the file
 */
public record RevisionFile(RevisionNode node, Path path) {

    public String id() {
        return node.id();
    }
}
