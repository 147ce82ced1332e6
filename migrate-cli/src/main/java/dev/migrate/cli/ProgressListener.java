package dev.migrate.cli;

import dev.migrate.Direction;
import dev.migrate.MigrationListener;
import dev.migrate.MigrationStepInfo;
import dev.migrate.internal.command.Console;
import java.time.Duration;

/**
 * Shows a run on stderr: Alembic's {@code INFO  [migrate.runtime] Running upgrade a -> b, message}
 * line per step, and on a terminal also a transient "revision n of m, elapsed" line that the next
 * line replaces.
 */
final class ProgressListener implements MigrationListener {

    static final String LOG_PREFIX = "INFO  [migrate.runtime] ";

    private final Console console;
    private final boolean terminal;
    private long runStart;
    private boolean transientShown;

    ProgressListener(Console console) {
        this(console, System.console() != null);
    }

    ProgressListener(Console console, boolean terminal) {
        this.console = console;
        this.terminal = terminal;
    }

    @Override
    public void lockWaiting(String lockName, String holder) {
        line("Waiting for lock " + lockName + (holder == null ? "" : " held by " + holder));
    }

    @Override
    public void runStarting(Direction direction, int total) {
        runStart = System.nanoTime();
    }

    @Override
    public void stepStarting(MigrationStepInfo step, int index, int total) {
        line(step.describe());
        if (terminal && !console.quiet() && total > 1) {
            long seconds = Duration.ofNanos(System.nanoTime() - runStart).toSeconds();
            console.err()
                    .print(String.format(
                            "revision %d of %d, %d:%02d elapsed", index, total, seconds / 60, seconds % 60));
            console.err().flush();
            transientShown = true;
        }
    }

    @Override
    public void runFinished(Direction direction, int applied, Duration elapsed, boolean success) {
        clearTransient();
    }

    private void line(String text) {
        clearTransient();
        console.note(LOG_PREFIX + text);
    }

    private void clearTransient() {
        if (transientShown) {
            console.err().print("\r\033[K");
            console.err().flush();
            transientShown = false;
        }
    }
}
