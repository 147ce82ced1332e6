package dev.migrate.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.AppliedRevision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How an attempt that did not complete is named in warnings and errors. */
class AppliedRevisionTest {

    private static final Instant STARTED = Instant.parse("2026-12-06T03:27:50Z");

    @Test
    void anAttemptNamesItsUser() {
        assertThat(attemptBy("app").unfinishedWarning())
                .startsWith("The upgrade of c2 (002.sql) started at 2026-12-06T03:27:50Z by app did not complete:");
    }

    /** H2's default user is the empty string: "by  did not complete" read as a broken sentence. */
    @Test
    void anAttemptByTheEmptyUserNamesNoUser() {
        assertThat(attemptBy("").unfinishedWarning())
                .startsWith("The upgrade of c2 (002.sql) started at 2026-12-06T03:27:50Z did not complete:");
        assertThat(attemptBy(null).unfinishedWarning())
                .startsWith("The upgrade of c2 (002.sql) started at 2026-12-06T03:27:50Z did not complete:");
    }

    private static AppliedRevision attemptBy(String user) {
        return new AppliedRevision(
                "c2", dev.migrate.Direction.UPGRADE, "slow", "002.sql", null, STARTED, user, Duration.ZERO, false);
    }
}
