package dev.migrate.internal.runtime;

import dev.migrate.Direction;
import dev.migrate.MigrationListener;
import dev.migrate.MigrationStepInfo;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Hands every event to each listener in turn. */
final class CompositeListener implements MigrationListener {

    private final List<MigrationListener> listeners;

    CompositeListener(List<MigrationListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void lockWaiting(String lockName, @Nullable String holder) {
        listeners.forEach(l -> l.lockWaiting(lockName, holder));
    }

    @Override
    public void lockAcquired(String lockName, Duration waited) {
        listeners.forEach(l -> l.lockAcquired(lockName, waited));
    }

    @Override
    public void runStarting(Direction direction, int total) {
        listeners.forEach(l -> l.runStarting(direction, total));
    }

    @Override
    public void stepStarting(MigrationStepInfo step, int index, int total) {
        listeners.forEach(l -> l.stepStarting(step, index, total));
    }

    @Override
    public void stepCompleted(MigrationStepInfo step, int index, int total, Duration elapsed) {
        listeners.forEach(l -> l.stepCompleted(step, index, total, elapsed));
    }

    @Override
    public void stepFailed(MigrationStepInfo step, int index, int total, Duration elapsed, RuntimeException error) {
        listeners.forEach(l -> l.stepFailed(step, index, total, elapsed, error));
    }

    @Override
    public void runFinished(Direction direction, int applied, Duration elapsed, boolean success) {
        listeners.forEach(l -> l.runFinished(direction, applied, elapsed, success));
    }
}
