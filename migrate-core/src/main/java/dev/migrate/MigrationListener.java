package dev.migrate;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Hears what a run does, for progress output (CLI), metrics and observations (Spring Boot).
 * Every method has an empty default so a listener implements only what it needs.
 */
public interface MigrationListener {

    /** The lock is held by another runner ({@code holder}, when the database tells); this one is waiting. */
    default void lockWaiting(String lockName, @Nullable String holder) {}

    /** The lock was taken after waiting {@code waited}. */
    default void lockAcquired(String lockName, Duration waited) {}

    /** A run is about to apply {@code total} steps. */
    default void runStarting(Direction direction, int total) {}

    /** Step {@code index} (1-based) of {@code total} starts. */
    default void stepStarting(MigrationStepInfo step, int index, int total) {}

    /**
     * The step committed. A listener that throws here stops the run with its exception; the step stays
     * applied and recorded as applied (inside a run-wide transaction, which has not committed yet, the
     * run fails and is rolled back).
     */
    default void stepCompleted(MigrationStepInfo step, int index, int total, Duration elapsed) {}

    /** The step failed; what was rolled back or left is in the exception's message. */
    default void stepFailed(MigrationStepInfo step, int index, int total, Duration elapsed, RuntimeException error) {}

    /** The run ended, successfully or not. */
    default void runFinished(Direction direction, int applied, Duration elapsed, boolean success) {}
}
