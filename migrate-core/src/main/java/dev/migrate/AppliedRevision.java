package dev.migrate;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the history log.
 *
 * @param revision   the revision's id
 * @param direction  upgrade, downgrade or stamp (the column stores {@link Direction#label()})
 * @param message    the revision's message when it ran
 * @param script     its file or class when it ran
 * @param checksum   its checksum when it ran, {@code null} for Java revisions
 * @param appliedAt  when
 * @param appliedBy  the database user
 * @param executionTime how long it took
 * @param success    whether it committed
 * @param tag        the {@code --tag} of the run that wrote it ({@code migrate.tag} in Spring Boot), or {@code null}
 */
public record AppliedRevision(
        String revision,
        Direction direction,
        @Nullable String message,
        @Nullable String script,
        @Nullable String checksum,
        @Nullable Instant appliedAt,
        @Nullable String appliedBy,
        Duration executionTime,
        boolean success,
        @Nullable String tag) {

    /** A row without a tag. */
    public AppliedRevision(
            String revision,
            Direction direction,
            @Nullable String message,
            @Nullable String script,
            @Nullable String checksum,
            @Nullable Instant appliedAt,
            @Nullable String appliedBy,
            Duration executionTime,
            boolean success) {
        this(revision, direction, message, script, checksum, appliedAt, appliedBy, executionTime, success, null);
    }

    /** The row as an attempt, for messages: {@code the upgrade of c2 (002.sql) started at … by …}. */
    public String describeAttempt() {
        return "the " + direction.label() + " of " + revision + (script == null ? "" : " (" + script + ")")
                + " started at " + appliedAt + (appliedBy == null || appliedBy.isBlank() ? "" : " by " + appliedBy);
    }

    /**
     * What {@code current}, {@code history -i} and the retry's error say of an attempt that did not
     * complete.
     */
    public String unfinishedWarning() {
        return capitalized(describeAttempt()) + " did not complete: it failed, or its process was killed."
                + " Where DDL commits as it runs (MariaDB/MySQL, H2) or the revision runs outside a transaction,"
                + " it may be partly applied; compare the schema with the revision before running it again.";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
