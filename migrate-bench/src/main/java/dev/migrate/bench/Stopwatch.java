package dev.migrate.bench;

import java.util.ArrayList;
import java.util.List;

/** Times repeated calls of one task in this JVM. */
final class Stopwatch {

    /** Something to time; may throw whatever the tool throws. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    private Stopwatch() {}

    static double millis(Task task) {
        long start = System.nanoTime();
        try {
            task.run();
        } catch (Exception e) {
            throw new IllegalStateException("A benchmarked call failed: " + e.getMessage(), e);
        }
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    /** Runs {@code warmups} untimed calls, then times {@code runs} calls. */
    static Samples repeat(int warmups, int runs, Task task) {
        for (int i = 0; i < warmups; i++) {
            millis(task);
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            values.add(millis(task));
        }
        return new Samples(values);
    }
}
