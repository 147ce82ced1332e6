package dev.migrate.internal.script;

import dev.migrate.Migration;
import dev.migrate.internal.script.graph.RevisionNode;
import java.util.function.Supplier;

/**
 * A revision found in a location: its place in the graph, where it came from, and the code that
 * runs it. SQL files are turned into a {@link Migration} that executes their statements, so the
 * runtime treats both forms alike.
 *
 * <p>A SQL file's checksum is worked out the first time it is asked for: {@code heads},
 * {@code history} and {@code current} read a long history without needing one, and hashing a
 * thousand files is a tenth of such a command's time in a fresh JVM.
 */
public final class RevisionScript {

    public enum Kind {
        SQL,
        JAVA
    }

    private final RevisionNode node;
    private final Kind kind;
    private final String source;
    private final boolean transactional;
    private final Migration migration;
    private Supplier<String> checksumSource;
    private String checksum;

    /**
     * @param node          the declared revision (id, parents, labels, dependencies, message)
     * @param kind          SQL file or Java class
     * @param source        what a user recognises: the resource path of a SQL file or the class name
     * @param checksum      a checksum of the script's content (SQL: line endings normalised), or
     *                      {@code null} when the script has none (Java classes)
     * @param transactional whether the revision runs inside a transaction
     * @param migration     the upgrade and downgrade
     */
    public RevisionScript(
            RevisionNode node, Kind kind, String source, String checksum, boolean transactional, Migration migration) {
        this(node, kind, source, transactional, migration, null);
        this.checksum = checksum;
    }

    private RevisionScript(
            RevisionNode node,
            Kind kind,
            String source,
            boolean transactional,
            Migration migration,
            Supplier<String> checksumSource) {
        this.node = node;
        this.kind = kind;
        this.source = source;
        this.transactional = transactional;
        this.migration = migration;
        this.checksumSource = checksumSource;
    }

    /** A script whose checksum {@code checksumSource} computes when it is first asked for. */
    static RevisionScript withChecksumLater(
            RevisionNode node,
            Kind kind,
            String source,
            Supplier<String> checksumSource,
            boolean transactional,
            Migration migration) {
        return new RevisionScript(node, kind, source, transactional, migration, checksumSource);
    }

    public RevisionNode node() {
        return node;
    }

    public Kind kind() {
        return kind;
    }

    public String source() {
        return source;
    }

    /** The checksum of the script's content, or {@code null} when it has none (Java classes). */
    public synchronized String checksum() {
        if (checksumSource != null) {
            checksum = checksumSource.get();
            checksumSource = null;
        }
        return checksum;
    }

    public boolean transactional() {
        return transactional;
    }

    public Migration migration() {
        return migration;
    }

    public String id() {
        return node.id();
    }

    @Override
    public String toString() {
        return "RevisionScript[" + node.id() + ", " + kind + ", " + source + "]";
    }
}
