package dev.migrate;

import java.time.Duration;
import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param steps        the steps applied, in order
 * @param headsBefore  the database's heads before the run
 * @param headsAfter   the database's heads after it
 * @param lockWait     how long the run waited for the lock (zero when nothing was to do)
 * @param elapsed      the whole run
 */
public record MigrationResult(
        List<MigrationStepInfo> steps,
        List<String> headsBefore,
        List<String> headsAfter,
        Duration lockWait,
        Duration elapsed) {

    public MigrationResult {
        steps = List.copyOf(steps);
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }

    public boolean changedAnything() {
        return !steps.isEmpty();
    }
}
