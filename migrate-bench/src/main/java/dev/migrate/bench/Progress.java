package dev.migrate.bench;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** One line on standard error per finished step, so a long run shows where it is. */
final class Progress {

    private Progress() {}

    static void say(String line) {
        System.err.println("[bench " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
    }
}
