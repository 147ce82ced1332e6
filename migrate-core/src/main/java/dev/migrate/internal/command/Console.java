package dev.migrate.internal.command;

import java.io.PrintStream;

/**
 * Where a command writes: {@code out} carries the command's answer (what Alembic prints for it),
 * {@code err} carries warnings and progress. {@code quiet} silences the messages Alembic's
 * {@code -q} silences (status lines such as {@code Generating … done}), never the answer itself.
 */
public record Console(PrintStream out, PrintStream err, boolean quiet) {

    /** One line of the command's answer. */
    public void answer(String line) {
        out.println(line);
    }

    /** A line of Alembic's messaging (suppressed by {@code -q}), on stdout as Alembic writes it. */
    public void message(String line) {
        if (!quiet) {
            out.println(line);
        }
    }

    /** A warning or a progress line, on stderr. */
    public void note(String line) {
        if (!quiet) {
            err.println(line);
        }
    }

    /** Runs {@code action} between Alembic's {@code <status> ...} and {@code done} (or {@code FAILED}). */
    public void status(String status, Runnable action) {
        if (!quiet) {
            out.print(status + " ...");
            out.flush();
        }
        try {
            action.run();
        } catch (RuntimeException failure) {
            if (!quiet) {
                out.println("  FAILED");
            }
            throw failure;
        }
        if (!quiet) {
            out.println("  done");
        }
    }
}
