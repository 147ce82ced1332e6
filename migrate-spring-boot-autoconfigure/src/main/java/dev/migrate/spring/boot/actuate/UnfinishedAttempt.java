package dev.migrate.spring.boot.actuate;

import dev.migrate.AppliedRevision;
import java.time.Instant;
import java.util.List;

/**
 * A step that started and did not complete (it failed, or its process was killed): the revision
 * may be partly applied where DDL commits as it runs. Shown by the health indicator and the
 * endpoint, as {@code current} shows it.
 *
 * @param revision the revision
 * @param direction {@code upgrade} or {@code downgrade}
 * @param script the file or class that ran
 * @param startedAt when the attempt started
 * @param startedBy the database user that ran it
 * @param warning what it means and what to do, as {@code current} prints it
 */
public record UnfinishedAttempt(
        String revision, String direction, String script, Instant startedAt, String startedBy, String warning) {

    static List<UnfinishedAttempt> of(List<AppliedRevision> rows) {
        return rows.stream()
                .map((row) -> new UnfinishedAttempt(
                        row.revision(),
                        row.direction().label(),
                        row.script(),
                        row.appliedAt(),
                        row.appliedBy(),
                        row.unfinishedWarning()))
                .toList();
    }
}
