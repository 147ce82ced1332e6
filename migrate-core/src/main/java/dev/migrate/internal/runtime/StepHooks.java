package dev.migrate.internal.runtime;

import dev.migrate.Direction;
import dev.migrate.MigrationStepInfo;
import dev.migrate.internal.script.RevisionScript;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What an online run adds around the one {@link StepLoop}: listeners, and the failure report that
 * rolls back, records the failed attempt and says where the database is. An offline script has
 * none of these ({@link #NONE}): nothing runs, so nothing can fail half-way or be heard.
 */
interface StepHooks {

    StepHooks NONE = new StepHooks() {};

    /** Whether steps really run, so their time goes into the history rows (offline, every row says 0 ms). */
    default boolean measuresTime() {
        return false;
    }

    default void runStarting(Direction direction, int total) {}

    default void stepStarting(MigrationStepInfo step, int index, int total) {}

    /**
     * Makes one attempt at a step; online, tries it again when it gave up waiting for a table lock
     * and {@code nothingStayed} says the failed attempt left nothing behind ({@link DdlLockGuard}).
     */
    default MigrationStepInfo attempt(Supplier<MigrationStepInfo> attempt, BooleanSupplier nothingStayed) {
        return attempt.get();
    }

    default void stepCompleted(MigrationStepInfo step, int index, int total, Duration elapsed) {}

    /** @return the exception the run ends with; without hooks, the step's own error */
    default RuntimeException stepFailed(FailedStep failed) {
        return failed.error();
    }

    default void runFinished(Direction direction, int applied, Duration elapsed, boolean success) {}

    /**
     * A step that threw.
     *
     * @param startedRow     the history log's "started" row of the attempt, {@code null} when none was written
     * @param oneTransaction whether the whole run was one transaction
     * @param ranBefore      the revision's statements that completed before the error
     */
    record FailedStep(
            MigrationStepInfo info,
            RevisionScript script,
            RuntimeException error,
            Long startedRow,
            boolean oneTransaction,
            Duration elapsed,
            int index,
            int total,
            List<String> ranBefore) {}
}
