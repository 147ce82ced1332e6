package dev.migrate.internal.command;

import java.util.List;

/**
 * What {@code revision} and {@code merge} ask of the revision graph: which revisions a new one
 * is based on. Errors are {@link dev.migrate.BadInputException}s with Alembic's wording.
 */
public interface RevisionParents {

    /**
     * The revisions that {@code head} ({@code head}, {@code heads}, {@code base}, an id or unique
     * prefix, a branch label, {@code label@head}) names, in the order given; empty for base.
     * {@code head} with several heads fails with Alembic's "Multiple heads are present" message.
     */
    List<String> resolveParents(String head);

    /** Whether {@code id} (a full id) is a head, i.e. no revision has it as a parent. */
    boolean isHead(String id);

    /** A {@code --depends-on} entry as the new revision records it: a branch label stays, an id prefix becomes the full id. */
    String resolveDependency(String dependency);

    /** The revision that already declares {@code label}, or {@code null}. */
    String revisionWithLabel(String label);

    /** Whether a revision with exactly this id exists. */
    boolean contains(String id);
}
