package dev.migrate.runtime;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of the history log.
 *
 * @param revision   the revision's id
 * @param direction  {@code upgrade}, {@code downgrade} or {@code stamp}
 * @param message    the revision's message when it ran
 * @param script     its file or class when it ran
 * @param checksum   its checksum when it ran, {@code null} for Java revisions
 * @param appliedAt  when
 * @param appliedBy  the database user
 * @param executionTime how long it took
 * @param success    whether it committed
 * @param tag        the {@code --tag} of the run that wrote it ({@code migrate.tag} in Spring Boot), or {@code null}
 */
public record AppliedRevision(String revision, String direction, String message, String script, String checksum,
        Instant appliedAt, String appliedBy, Duration executionTime, boolean success, String tag) {

    /** A row without a tag. */
    public AppliedRevision(String revision, String direction, String message, String script, String checksum,
            Instant appliedAt, String appliedBy, Duration executionTime, boolean success) {
        this(revision, direction, message, script, checksum, appliedAt, appliedBy, executionTime, success, null);
    }
}
