package dev.migrate.internal.script;

import dev.migrate.Migration;
import dev.migrate.internal.script.graph.RevisionNode;

/**
 * A revision found in a location: its place in the graph, where it came from, and the code that
 * runs it. SQL files are turned into a {@link Migration} that executes their statements, so the
 * runtime treats both forms alike.
 *
 * @param node          the declared revision (id, parents, labels, dependencies, message)
 * @param kind          SQL file or Java class
 * @param source        what a user recognises: the resource path of a SQL file or the class name
 * @param checksum      a checksum of the script's content (SQL: line endings normalised), or
 *                      {@code null} when the script has none (Java classes)
 * @param transactional whether the revision runs inside a transaction
 * @param migration     the upgrade and downgrade
 */
public record RevisionScript(
        RevisionNode node, Kind kind, String source, String checksum, boolean transactional, Migration migration) {

    public enum Kind {
        SQL,
        JAVA
    }

    public String id() {
        return node.id();
    }
}
