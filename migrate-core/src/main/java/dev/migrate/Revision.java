package dev.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Places a {@link Migration} class in the revision graph. The fields mean what the header
 * keys of a SQL revision mean ({@code revision}, {@code down_revision}, {@code branch_labels},
 * {@code depends_on}, {@code message}, {@code transactional}, {@code replaces}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id; generated ids are 12 lowercase hex characters. */
    String id();

    /** The parent revisions: none for a root, several for a merge. */
    String[] down() default {};

    /** Branch labels that name this revision's branch. */
    String[] branchLabels() default {};

    /** Revisions (ids, unique prefixes or labels) that must be applied first. */
    String[] dependsOn() default {};

    /** A one-line description, shown by {@code history}. */
    String message() default "";

    /**
     * Whether the revision runs inside a transaction; {@code false} for statements such as
     * PostgreSQL's {@code CREATE INDEX CONCURRENTLY}, which refuse to run in one.
     */
    boolean transactional() default true;

    /**
     * For a squashed revision (written by {@code migrate squash}): the revisions it stands for,
     * oldest first, ending with the revision the squash reaches. A database at one of them is
     * brought to the last of them by the originals (while their scripts exist), then recorded at
     * this revision.
     */
    String[] replaces() default {};

    /**
     * Lint findings acknowledged for this revision, one per entry: {@code "ignore=drop-column
     * reason=unused since 1.4"}, the same text a SQL revision puts in a {@code -- lint:} header line.
     */
    String[] lint() default {};
}
